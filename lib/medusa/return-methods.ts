import 'server-only';

import { refuseReturn } from '../orders/returns';
import { BackendError } from '../store/backend';
import type { ReturnChoices, ReturnRequest } from '../store/types';
import type { AdapterBase, OrderMethods, ReturnMethods } from './adapter';

/** How one version reads what a return may be made of, and sends one. */
export type ReturnCalls = {
  /** The store's reasons and return shipping for this order, read as the session's own. */
  choices(session: string, orderId: string): Promise<ReturnChoices>;
  /** Medusa's own return route: it checks no session, so only `requestReturn` calls it. */
  create(request: ReturnRequest): Promise<void>;
};

export function ownReturnMethods(
  version: AdapterBase['version'],
  orders: Pick<OrderMethods, 'retrieveOrder'>,
  calls: ReturnCalls,
): ReturnMethods {
  return {
    returnChoices: (session, orderId) => calls.choices(session, orderId),

    async requestReturn(session, request) {
      // Both reads are the session's own: another customer's order is `not_found` here.
      const [order, choices] = await Promise.all([
        orders.retrieveOrder(session, request.orderId),
        calls.choices(session, request.orderId),
      ]);
      const refusal = refuseReturn(order, request, choices);
      if (refusal)
        throw new BackendError('invalid_input', `${version} requestReturn: refused (${refusal})`);
      await calls.create(request);
    },
  };
}

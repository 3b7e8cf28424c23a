import 'server-only';

import type { AdapterBase, OrderMethods } from './adapter';
import type { PageRequest } from '../store/backend';
import * as wire from './wire';

/** How one version reads the customer's own orders; what it does with them is shared. */
export type OrderReads<
  Summary extends wire.RawOrderSummary,
  Item extends wire.RawLineItemBase,
  Detail extends wire.RawOrderDetail<Item>,
> = {
  mapping: wire.OrderMapping<Item>;
  /** One page of the customer's orders, newest first, checked. */
  listPage(session: string, request: PageRequest): Promise<{ orders: Summary[]; count: number }>;
  /** What an order in the list came to when placed, and whether a return is under way. */
  summaryParts(order: Summary): wire.SummaryParts;
  /**
   * The customer's own orders with this id, checked: a lookup by id alone would answer anyone
   * who knows it, on both versions.
   */
  listById(session: string, id: string): Promise<{ orders: Detail[] }>;
  detailParts(order: Detail): wire.OrderDetailParts;
};

export function ownOrderMethods<
  Summary extends wire.RawOrderSummary,
  Item extends wire.RawLineItemBase,
  Detail extends wire.RawOrderDetail<Item>,
>(version: AdapterBase['version'], reads: OrderReads<Summary, Item, Detail>): OrderMethods {
  const { mapping } = reads;
  return {
    async listOrders(session, { page, pageSize }) {
      const body = await reads.listPage(session, { page, pageSize });
      return wire.toOrderSummaryPage(body, { page, pageSize }, reads.summaryParts, mapping);
    },

    async retrieveOrder(session, id) {
      const { orders } = await reads.listById(session, id);
      const raw = wire.requireById(orders, id, `${version} retrieveOrder`);
      return wire.toOrder(raw, reads.detailParts(raw), mapping);
    },
  };
}

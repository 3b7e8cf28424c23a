import 'server-only';

import type { GuestOrderMethods } from './adapter';
import type { GuestOrderLink, GuestOrders, SessionToken } from '../store/backend';
import { BackendError } from '../store/backend';
import { inAnotherAccount, type OrderOwner } from './wire';

/** How one version reads and moves guest orders; the decisions around them are shared. */
export type GuestOrderCalls = {
  /** The order as the public order route answers it; an unknown id is `not_found`. */
  owner(session: SessionToken, orderId: string): Promise<OrderOwner>;
  /** Asks the backend to mail the confirmation link to the order's address. */
  send(session: SessionToken, orderId: string): Promise<void>;
  /** How long a mailed link works, where the backend limits it. */
  expiresInMinutes: number | null;
  /**
   * Which order the link moves, and into whose account: from the token itself where it says,
   * else from the link. A link that cannot be read is `invalid_token`.
   */
  readLink(link: GuestOrderLink): { orderId: string; customerId: string };
  /** The backend moves the order; a token it refuses is `invalid_token`. */
  accept(session: SessionToken, link: GuestOrderLink): Promise<void>;
  decline?(link: GuestOrderLink): Promise<void>;
};

/**
 * The characters an order id has on both versions (`order_` and a ULID). Anything else, from a
 * link or a token's unverified claims, never reaches a URL path at the backend.
 */
const ORDER_ID = /^[0-9A-Za-z_]{1,100}$/;

export function guestOrderMethods(version: 'v1' | 'v2', calls: GuestOrderCalls): GuestOrderMethods {
  const where = `${version} guestOrders`;

  const inspect: GuestOrders['inspect'] = async (session, customerId, link) => {
    const claim = calls.readLink(link);
    if (!ORDER_ID.test(claim.orderId)) {
      throw new BackendError('invalid_token', `${where}: the link names no order id`);
    }
    if (claim.customerId !== customerId) return { status: 'another_account' };
    const { orderId } = claim;
    let owner: OrderOwner;
    try {
      owner = await calls.owner(session, orderId);
    } catch (error) {
      // A link to an order the store no longer has is a link that cannot be used.
      if (error instanceof BackendError && error.kind === 'not_found') {
        throw new BackendError('invalid_token', `${where}: the link's order is unknown`, {
          cause: error,
        });
      }
      throw error;
    }
    if (owner.customerId === customerId) return { status: 'already_yours', orderId };
    if (inAnotherAccount(owner, customerId)) return { status: 'in_another_account' };
    return { status: 'ready', orderId };
  };

  const guestOrders: GuestOrders = {
    async request(session, customerId, orderId) {
      if (!ORDER_ID.test(orderId)) throw new BackendError('not_found', `${where}: not an order id`);
      const owner = await calls.owner(session, orderId);
      if (owner.customerId === customerId) return { status: 'already_yours' };
      if (inAnotherAccount(owner, customerId)) return { status: 'in_another_account' };
      if (!owner.email) {
        throw new BackendError('invalid_input', `${where}: order ${orderId} has no email to mail`);
      }
      await calls.send(session, orderId);
      return { status: 'sent', email: owner.email, expiresInMinutes: calls.expiresInMinutes };
    },

    inspect,

    async confirm(session, customerId, link) {
      const state = await inspect(session, customerId, link);
      if (state.status !== 'ready') return state;
      await calls.accept(session, link);
      return { status: 'added', orderId: state.orderId };
    },

    ...(calls.decline ? { decline: calls.decline } : {}),
  };
  return { guestOrders };
}

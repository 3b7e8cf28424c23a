import 'server-only';

import type { GuestOrderMethods } from '../adapter';
import { guestOrderMethods } from '../guest-order-methods';
import { BackendError, isBackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V2Context } from './client';

// Medusa v2's order transfer: the signed-in customer asks (`POST /store/orders/:id/transfer/
// request`), Medusa keeps the request on the order as an order change whose action holds a
// random token, and emits `order.transfer_requested`; a notification (the dev backend's
// subscriber) mails the token to the order's address. `accept` and `decline` take the token
// and no session: the token is the credential, and an accepted order goes to the account that
// asked. Which account asked is not in the token, so the mailed link names it (`customer`).
// A request stays open until accepted, declined or cancelled, and while it is open Medusa
// refuses another for the same order.

const path = (orderId: string, rest = '') => `/store/orders/${encodeURIComponent(orderId)}${rest}`;

/** `customer.has_account` only where the store allows it (the dev backend's middlewares.ts). */
const OWNER_FIELDS = 'id,email,customer_id,customer.has_account';

export function guestOrderMethodsV2({ request, asCustomer }: V2Context): GuestOrderMethods {
  const send = (session: string, orderId: string) =>
    request(
      'requestGuestOrder',
      path(orderId, '/transfer/request'),
      { method: 'POST', body: {}, query: { fields: 'id' }, headers: asCustomer(session) },
      { 400: 'invalid_input' },
    );

  return guestOrderMethods('v2', {
    async owner(session, orderId) {
      const body = await request('guestOrderOwner', path(orderId), {
        query: { fields: OWNER_FIELDS },
        headers: asCustomer(session),
      });
      return wire.toOrderOwner(wire.parseResponse(wire.rawOrderOwnerSchema, body, 'v2 owner'));
    },

    async send(session, orderId) {
      try {
        await send(session, orderId);
      } catch (error) {
        if (!isBackendError(error, 'invalid_input')) throw error;
        // Refused: most often a request of this customer's that is still open (the first
        // mail lost, say). Only the customer who asked can cancel it; then ask afresh, which
        // mails a new token and retires the old one. Any other refusal stands.
        const cancelled = await request(
          'cancelGuestOrderRequest',
          path(orderId, '/transfer/cancel'),
          { method: 'POST', query: { fields: 'id' }, headers: asCustomer(session) },
          { 400: 'invalid_input' },
        ).then(
          () => true,
          () => false,
        );
        if (!cancelled) throw error;
        await send(session, orderId);
      }
    },

    expiresInMinutes: null,

    readLink(link) {
      if (!link.customerId) {
        throw new BackendError('invalid_token', 'v2 guestOrders: the link names no account');
      }
      return { orderId: link.orderId, customerId: link.customerId };
    },

    async accept(session, link) {
      // 400: a wrong token, or no open request (accepted, declined or cancelled since).
      await request(
        'acceptGuestOrder',
        path(link.orderId, '/transfer/accept'),
        { method: 'POST', body: { token: link.token }, query: { fields: 'id' } },
        { 400: 'invalid_token', 404: 'invalid_token' },
      );
    },

    async decline(link) {
      await request(
        'declineGuestOrder',
        path(link.orderId, '/transfer/decline'),
        { method: 'POST', body: { token: link.token }, query: { fields: 'id' } },
        { 400: 'invalid_token', 404: 'invalid_token' },
      );
    },
  });
}

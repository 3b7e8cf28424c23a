import 'server-only';

import { z } from 'zod';

import type { GuestOrderMethods } from '../adapter';
import { guestOrderMethods } from '../guest-order-methods';
import { BackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V1Context } from './client';
import { asTokenRefusal } from './token-refusal';

// Medusa v1's order claim: the signed-in customer asks (`POST /store/orders/batch/customer/
// token {order_ids}`), Medusa signs a JWT of 15 minutes naming the customer who asked and the
// orders (`claimingCustomerId`, `orders`), and emits `order-update-token.created` with it
// (`old_email`, `new_customer_id`, `orders`, `token`) for a notification to mail to the
// orders' address. `POST /store/orders/customer/confirm {token}` needs no session: it moves
// the orders to the customer the token names (and gives them that customer's email). The
// token is not used up: within its 15 minutes it confirms again (changing nothing more).
// Asking for an unknown id answers 200 and mails nothing, so the order is looked up first.

/** How long Medusa 1.20 signs a claim token for (`expiresIn: "15m"` in its request route). */
const TOKEN_MINUTES = 15;

/** What the storefront reads from the token before Medusa verifies it. */
const claimPayload = z.object({
  claimingCustomerId: z.string(),
  orders: z.array(z.string()).min(1),
  exp: z.number().optional(),
});

/**
 * The token's claims, unverified: the storefront holds no key to check the signature, and
 * needs none, since Medusa verifies it before it moves anything. They say only whom the link
 * was made for (to refuse it to another account before it is used) and whether it expired.
 */
function readClaim(token: string, now = Date.now()) {
  const [, payload] = token.split('.');
  let claims: z.infer<typeof claimPayload> | undefined;
  try {
    const json = Buffer.from(payload ?? '', 'base64url').toString('utf8');
    claims = claimPayload.parse(JSON.parse(json));
  } catch {
    claims = undefined;
  }
  if (!claims) throw new BackendError('invalid_token', 'v1 guestOrders: not a claim token');
  if (claims.exp !== undefined && claims.exp * 1000 <= now) {
    throw new BackendError('invalid_token', 'v1 guestOrders: the claim token has expired');
  }
  return claims;
}

export function guestOrderMethodsV1(context: V1Context): GuestOrderMethods {
  const { call, medusa, asCustomer } = context;
  return guestOrderMethods('v1', {
    async owner(session, orderId) {
      // The public order route as a storefront calls it: `customer` is one of its default
      // relations (asking for fewer fields would starve the totals it always computes).
      const body = await call('guestOrderOwner', () =>
        medusa.orders.retrieve(orderId, asCustomer(session)),
      );
      return wire.toOrderOwner(wire.parseResponse(wire.rawOrderOwnerSchema, body, 'v1 owner'));
    },

    async send(session, orderId) {
      await call(
        'requestGuestOrder',
        () => medusa.orders.requestCustomerOrders({ order_ids: [orderId] }, asCustomer(session)),
        { 400: 'invalid_input' },
      );
    },

    expiresInMinutes: TOKEN_MINUTES,

    readLink(link) {
      const claims = readClaim(link.token);
      // The link's order must be one the token moves; the token decides which.
      if (link.orderId && !claims.orders.includes(link.orderId)) {
        throw new BackendError('invalid_token', 'v1 guestOrders: the link names another order');
      }
      return { orderId: link.orderId || claims.orders[0]!, customerId: claims.claimingCustomerId };
    },

    async accept(_session, link) {
      try {
        // 400: a token that is not a JWT; a cancelled order, which v1 will not update.
        await call('acceptGuestOrder', () => medusa.orders.confirmRequest({ token: link.token }), {
          400: 'invalid_input',
          404: 'invalid_token',
        });
      } catch (error) {
        await asTokenRefusal(context, 'acceptGuestOrder', error);
      }
    },
  });
}

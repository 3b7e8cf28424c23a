// The mailed link that adds a guest order to an account carries the order, the backend's
// token and the account that asked. Like a reset link, it travels from the emailed URL into a
// short-lived httpOnly cookie of the account area (set by proxy.ts on the first load,
// which then redirects to the clean URL): the token never sits in history, logs, a Referer or
// the sign-in page's `returnTo`, and the page can ask the shopper to sign in first and still
// find it. Kept free of server-only imports: the proxy writes it, the page and action read it.

import type { GuestOrderLink } from './store';

/** Where a shopper asks for the link: the form for the order's id. */
export const GUEST_ORDER_PATH = '/account/orders/claim';
/** Where the mailed link leads. */
export const CLAIM_LINK_PATH = `${GUEST_ORDER_PATH}/confirm`;
/**
 * The link's cookie is sent to the whole account area, not only to the confirm page: a
 * shopper who signs in first comes back through the sign-in action's redirect, which Next
 * renders within the action's own request (to /account/login).
 */
export const CLAIM_LINK_COOKIE_PATH = '/account';
/**
 * Long enough to sign in (or reset a forgotten password) on the way; the backend decides how
 * long the token itself works (Medusa v1: 15 minutes; v2: until it is answered).
 */
export const CLAIM_LINK_MAX_AGE_SECONDS = 60 * 60;
/** Anything longer is not a link the store sent. */
const MAX_PART_LENGTH = 2048;

/** `__Secure-` where the session cookie is Secure (a `__Host-` cookie cannot be path-scoped). */
export function claimLinkCookieName(secure: boolean): string {
  return secure ? '__Secure-account_claim_link' : 'account_claim_link';
}

/** The link's parts from the confirm URL's query (`order`, `token`, `customer`). */
export function claimLinkFromQuery(params: URLSearchParams): GuestOrderLink | null {
  return readParts(params.get('order'), params.get('token'), params.get('customer'));
}

export function encodeClaimLink(link: GuestOrderLink): string {
  const params = new URLSearchParams({ order: link.orderId, token: link.token });
  if (link.customerId) params.set('customer', link.customerId);
  return params.toString();
}

export function decodeClaimLink(value: string | undefined): GuestOrderLink | null {
  return value ? claimLinkFromQuery(new URLSearchParams(value)) : null;
}

function readParts(
  orderId: string | null,
  token: string | null,
  customerId: string | null,
): GuestOrderLink | null {
  const fits = (part: string | null) => part === null || part.length <= MAX_PART_LENGTH;
  if (!token || !fits(token) || !fits(orderId) || !fits(customerId)) return null;
  return { orderId: orderId ?? '', token, customerId: customerId || null };
}

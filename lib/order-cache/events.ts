import 'server-only';

import { createHmac, timingSafeEqual } from 'node:crypto';

// What drops a customer's entries before their time to live: an order event from Medusa's
// subscriber, signed with the shared secret (ORDER_EVENTS_SECRET).

/** How old a signed order event may be before it is refused as a replay. */
export const EVENT_MAX_AGE_SECONDS = 300;
export const SIGNATURE_HEADER = 'x-order-events-signature';

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * The signature header of an order event: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">` with the shared secret. Medusa's subscriber computes the same.
 */
export function signOrderEvent(secret: string, body: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** Whether a signature header is this body's, made with the secret, and recent. */
export function isSignedOrderEvent(
  secret: string,
  header: string | null,
  body: string,
  now = Date.now(),
): boolean {
  const parts = new Map(
    (header ?? '').split(',').map((part) => {
      const [name, ...rest] = part.trim().split('=');
      return [name, rest.join('=')] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(now / 1000 - timestamp) > EVENT_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

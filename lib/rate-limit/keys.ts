// Who an attempt is counted against. Pure, shared by the limiter and the log line.

import type { LimitScope } from './config';

/** What `clientIp` answers when it cannot tell the address. */
export const UNKNOWN_IP = 'unknown';

export type LimitKeys = {
  /** From `clientIp()`. */
  ip: string;
  /** The email typed into the form (sign-in, register, forgot password). */
  email?: string | null;
  /** The signed-in customer's id (reset link, password and email changes). */
  customerId?: string | null;
  /** A digest of the session (identity tokens): one browser's count, never the session id itself. */
  session?: string | null;
  /** The second step's challenge (Medusa's id for one pending sign-in). */
  challenge?: string | null;
};

/** `Shopper@Example.com ` and `shopper@example.com` are one account, so one count. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The key one limit counts this attempt under, or null when the limit does not apply: the
 * attempt has no such key, or the address is unknown. An unknown address only happens when
 * the storefront runs without the peer header or proxy hops it needs (see client-ip.ts); all
 * shoppers would then share one "unknown" count and a few failures would lock everybody out,
 * so the per-address limits stand aside and the per-email and per-customer ones still hold.
 */
export function limitKey(scope: LimitScope, keys: LimitKeys): string | null {
  const ip = keys.ip && keys.ip !== UNKNOWN_IP ? keys.ip : null;
  const email = keys.email ? normalizeEmail(keys.email) || null : null;
  const customerId = keys.customerId?.trim() || null;
  switch (scope) {
    case 'ip':
      return ip;
    case 'email':
      return email;
    case 'emailIp':
      // An address never contains "|", so the pair cannot collide with another pair.
      return email && ip ? `${email}|${ip}` : null;
    case 'customer':
      return customerId;
    case 'session':
      return keys.session?.trim() || null;
    case 'challenge':
      return keys.challenge?.trim() || null;
  }
}

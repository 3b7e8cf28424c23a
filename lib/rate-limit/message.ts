// What the shopper reads and what the server log says when a limit blocks an attempt.

import { messageRef, type MessageRef } from '../i18n/message';

import type { LimitedAction } from './config';
import { normalizeEmail, type LimitKeys } from './keys';

/**
 * "Too many attempts. Try again in N minutes." (`errors.tooManyAttempts`), never promising less
 * than a minute.
 */
export function tooManyAttemptsMessage(retryAfterSeconds: number): MessageRef {
  const minutes =
    Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0
      ? Math.ceil(retryAfterSeconds / 60)
      : 1;
  return messageRef('errors.tooManyAttempts', { minutes });
}

// The email is whatever the visitor typed: strip anything that could forge a second log line.
const forLog = (value: string) => value.replace(/[\u0000-\u001f\u007f\s]+/g, '').slice(0, 254);

/**
 * The server-side log line for a blocked attempt, for the caller to `console.warn`. It names
 * the action, the keys and the limit that blocked; it never sees a password.
 */
export function blockedLogLine(
  action: LimitedAction,
  keys: LimitKeys,
  verdict: { retryAfterSeconds: number; limit: string },
): string {
  const parts = [`ip ${forLog(keys.ip) || '-'}`];
  if (keys.email) parts.push(`email ${forLog(normalizeEmail(keys.email))}`);
  if (keys.customerId) parts.push(`customer ${forLog(keys.customerId)}`);
  if (keys.session) parts.push(`session ${forLog(keys.session)}`);
  return (
    `[account] rate limit: ${action} blocked for ${parts.join(' ')} ` +
    `(${verdict.limit}, retry in ${verdict.retryAfterSeconds} s)`
  );
}

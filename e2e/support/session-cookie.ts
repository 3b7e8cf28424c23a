import { createHmac } from 'node:crypto';

import { E2E_SESSION_SECRET } from '../../tests/support/backends';

// The storefront's cookie format, written here independently of lib/session.ts so the
// tests check the format rather than reuse it: `<signedInAt>.<base64url token>.<HMAC>`.

export function signedSessionCookie(token: string, signedInAt = Date.now()): string {
  const payload = `${signedInAt}.${Buffer.from(token).toString('base64url')}`;
  const mac = createHmac('sha256', E2E_SESSION_SECRET).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

/** The backend session id inside a storefront cookie value. */
export function backendSessionOf(cookieValue: string): string {
  const token = decodeURIComponent(cookieValue).split('.')[1] ?? '';
  return Buffer.from(token, 'base64url').toString();
}

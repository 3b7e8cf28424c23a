import 'server-only';

import { createHmac, timingSafeEqual } from 'node:crypto';

import { cookies, headers } from 'next/headers';

import type { SessionToken } from './medusa';
import {
  decodeResetLink,
  RESET_LINK_PATH,
  resetLinkCookieName,
  type ResetLink,
} from './reset-link';
import { sessionCookieMode } from './session-cookie';

/** Medusa v1 sessions last 10 hours; the browser cookie never outlives the backend's. */
const MAX_AGE_SECONDS = 10 * 60 * 60;

/**
 * What the storefront keeps in its cookie: the backend's session id and the instant this
 * browser signed in, which is compared with the customer's "sessions valid after" instant.
 */
export type StoredSession = { token: SessionToken; signedInAt: number };

/** Development-only default; production refuses to run without its own secret. */
const DEV_SECRET = 'dev-only-session-secret-do-not-use-in-production';

export function sessionSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.SESSION_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (env.NODE_ENV === 'production') {
    throw new Error('SESSION_SECRET must be set to at least 32 characters in production');
  }
  return DEV_SECRET;
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * `<signedInAt>.<base64url token>.<HMAC>`: signed, so the sign-in instant cannot be moved
 * forward to outlive a "sign out everywhere".
 */
export function encodeSession(
  session: StoredSession,
  env: Record<string, string | undefined> = process.env,
): string {
  const payload = `${session.signedInAt}.${Buffer.from(session.token).toString('base64url')}`;
  return `${payload}.${signature(payload, sessionSecret(env))}`;
}

export function decodeSession(
  value: string | undefined,
  env: Record<string, string | undefined> = process.env,
): StoredSession | null {
  const parts = value?.split('.');
  if (!parts || parts.length !== 3) return null;
  const [signedInAt, token, mac] = parts as [string, string, string];
  const expected = Buffer.from(signature(`${signedInAt}.${token}`, sessionSecret(env)));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const instant = Number(signedInAt);
  const decoded = Buffer.from(token, 'base64url').toString();
  if (!Number.isSafeInteger(instant) || !decoded) return null;
  return { token: decoded, signedInAt: instant };
}

export function sessionCookieOptions(
  host: string | null,
  env: Record<string, string | undefined> = process.env,
) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: sessionCookieMode(host, env).secure,
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  };
}

async function cookieMode() {
  return sessionCookieMode((await headers()).get('host'));
}

/** The session this browser holds, or null when it holds none or one that is not ours. */
export async function readSession(): Promise<StoredSession | null> {
  const { name } = await cookieMode();
  return decodeSession((await cookies()).get(name)?.value);
}

/** Whether the browser sent a session cookie at all, valid or not. */
export async function hasSessionCookie(): Promise<boolean> {
  const { name } = await cookieMode();
  return Boolean((await cookies()).get(name)?.value);
}

/** Only callable from server actions and route handlers. */
export async function writeSession(token: SessionToken, signedInAt = Date.now()): Promise<void> {
  const host = (await headers()).get('host');
  (await cookies()).set(
    sessionCookieMode(host).name,
    encodeSession({ token, signedInAt }),
    sessionCookieOptions(host),
  );
}

/** Only callable from server actions and route handlers. */
export async function clearSession(): Promise<void> {
  const { name, secure } = await cookieMode();
  // A `__Host-` cookie is only replaced (here: expired) by one that is Secure too.
  (await cookies()).set(name, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: 0,
  });
}

/** The reset link proxy.ts moved out of the URL, if this browser followed one lately. */
export async function readResetLink(): Promise<ResetLink | null> {
  const { secure } = await cookieMode();
  return decodeResetLink((await cookies()).get(resetLinkCookieName(secure))?.value);
}

/** Only callable from server actions and route handlers. */
export async function clearResetLink(): Promise<void> {
  const { secure } = await cookieMode();
  (await cookies()).set(resetLinkCookieName(secure), '', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: RESET_LINK_PATH,
    maxAge: 0,
  });
}

import 'server-only';

import { cookies, headers } from 'next/headers';

import type { GuestOrderLink, SessionToken } from './store';
import { CLAIM_LINK_COOKIE_PATH, claimLinkCookieName, decodeClaimLink } from './claim-link';
import {
  decodeResetLink,
  RESET_LINK_PATH,
  resetLinkCookieName,
  type ResetLink,
} from './reset-link';
import {
  browserMaxAgeSeconds,
  openSession,
  sealSession,
  sessionCookieAttributes,
  sessionCookieMode,
  type StoredSession,
} from './session-cookie';

export type { StoredSession } from './session-cookie';

async function cookieMode() {
  return sessionCookieMode((await headers()).get('host'));
}

/**
 * The session this browser holds, or null when it holds none, one that is not ours, or one
 * past its lifetime or idle timeout (which pages then treat as expired: the cookie exists).
 */
export async function readSession(): Promise<StoredSession | null> {
  const { name } = await cookieMode();
  const opened = openSession((await cookies()).get(name)?.value);
  return opened.status === 'current' ? opened.session : null;
}

/** Whether the browser sent a session cookie at all, valid or not. */
export async function hasSessionCookie(): Promise<boolean> {
  const { name } = await cookieMode();
  return Boolean((await cookies()).get(name)?.value);
}

/** Only callable from server actions and route handlers. */
export async function writeSession(token: SessionToken, signedInAt = Date.now()): Promise<void> {
  const { name, secure } = await cookieMode();
  const now = Date.now();
  (await cookies()).set(
    name,
    sealSession({ token, signedInAt, seenAt: now }),
    sessionCookieAttributes(secure, browserMaxAgeSeconds(signedInAt, now)),
  );
}

/** Only callable from server actions and route handlers. */
export async function clearSession(): Promise<void> {
  const { name, secure } = await cookieMode();
  // A `__Host-` cookie is only replaced (here: expired) by one that is Secure too.
  (await cookies()).set(name, '', sessionCookieAttributes(secure, 0));
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

/** The guest-order link proxy.ts moved out of the URL, if this browser followed one lately. */
export async function readClaimLink(): Promise<GuestOrderLink | null> {
  const { secure } = await cookieMode();
  return decodeClaimLink((await cookies()).get(claimLinkCookieName(secure))?.value);
}

/** Only callable from server actions and route handlers. */
export async function clearClaimLink(): Promise<void> {
  const { secure } = await cookieMode();
  (await cookies()).set(claimLinkCookieName(secure), '', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: CLAIM_LINK_COOKIE_PATH,
    maxAge: 0,
  });
}

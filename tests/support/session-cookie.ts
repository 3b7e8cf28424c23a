import { openSession, sealSession, type StoredSession } from '../../lib/session-cookie';
import { E2E_SESSION_SECRET } from './backends';

// The storefront's session cookie, sealed and opened with the secret the suite gave the
// storefront: a test that needs a browser signed in as a Medusa session, or the Medusa session
// behind a browser's cookie, gets it as the storefront would.

const e2eKeys = { SESSION_SECRET: E2E_SESSION_SECRET };

export function sealedSessionCookie(
  token: string,
  signedInAt = Date.now(),
  seenAt = Date.now(),
): string {
  return sealSession({ token, signedInAt, seenAt }, e2eKeys);
}

/** What a storefront cookie value holds: the Medusa session and the two instants. */
export function openedSession(cookieValue: string): StoredSession {
  const opened = openSession(decodeURIComponent(cookieValue), Date.now(), e2eKeys);
  if (opened.status === 'none') {
    throw new Error('the session cookie does not open with the suite secret');
  }
  return opened.session;
}

/** The backend session id inside a storefront cookie value. */
export const backendSessionOf = (cookieValue: string): string => openedSession(cookieValue).token;

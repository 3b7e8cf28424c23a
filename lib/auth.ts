import 'server-only';

import { redirect } from 'next/navigation';
import { cache } from 'react';

import { describeFailure, errorKind } from './error-messages';
import {
  customerReads,
  customerStore,
  getBackend,
  isBackendError,
  type Customer,
  type CustomerReads,
  type CustomerStore,
  type PendingSignIn,
  type SessionToken,
} from './store/server';
import { loginUrl, sanitizeReturnTo } from './return-to';
import { hasSessionCookie, readSession } from './session';

/** The signed-in customer, and the store bound to them (`store`: every call made as them). */
export type SignedInCustomer = { session: SessionToken; customer: Customer; store: CustomerStore };

export type CurrentCustomer =
  { status: 'signed-out' } | { status: 'expired' } | ({ status: 'signed-in' } & SignedInCustomer);

/**
 * Whether a browser that signed in at `signedInAt` may still act for the customer: a
 * password reset, a password change or "sign out everywhere" moves the customer's
 * `sessionsValidAfter` instant forward and so ends every session opened before it.
 */
export function isSessionCurrent(signedInAt: number, customer: Customer): boolean {
  return customer.sessionsValidAfter === null || signedInAt >= customer.sessionsValidAfter;
}

/** Who the session belongs to, asked of the backend at most once per request. */
export const getCurrentCustomer = cache(async (): Promise<CurrentCustomer> => {
  const stored = await readSession();
  // A cookie that is not one we signed is cleared like an expired one.
  if (!stored) return { status: (await hasSessionCookie()) ? 'expired' : 'signed-out' };
  const backend = getBackend();
  try {
    const customer = await backend.retrieveCustomer(stored.token);
    if (!isSessionCurrent(stored.signedInAt, customer)) {
      // Older than the customer's last password change: end it at the backend too, so the
      // cookie is worth nothing anywhere.
      await backend.logOut(stored.token).catch((error: unknown) => {
        if (!isBackendError(error, 'unauthorized')) describeFailure('logOut (stale)', error);
      });
      return { status: 'expired' };
    }
    return {
      status: 'signed-in',
      session: stored.token,
      customer,
      store: customerStore(backend, stored.token, customer),
    };
  } catch (error) {
    if (isBackendError(error, 'unauthorized')) return { status: 'expired' };
    throw error;
  }
});

/** Where a page sends a visitor whose cookie the backend no longer accepts. */
export function sessionExpiredUrl(returnTo: string): string {
  return `/account/session-expired?${new URLSearchParams({ returnTo: sanitizeReturnTo(returnTo) })}`;
}

/**
 * The signed-in customer, or a redirect to sign-in (with a "session expired" notice when
 * the cookie exists but the backend rejects it). `returnTo` is this page's own path.
 */
export async function requireCustomer(returnTo: string): Promise<SignedInCustomer> {
  const current = await getCurrentCustomer();
  if (current.status === 'signed-out') redirect(loginUrl(returnTo));
  if (current.status === 'expired') redirect(sessionExpiredUrl(returnTo));
  return current;
}

/**
 * The session cookie alone, with no backend call, so a page can start its own reads in
 * parallel with `requireCustomer`. Redirects to sign-in when there is no cookie.
 */
async function requireSessionToken(returnTo: string): Promise<string> {
  const stored = await readSession();
  if (!stored) {
    redirect((await hasSessionCookie()) ? sessionExpiredUrl(returnTo) : loginUrl(returnTo));
  }
  return stored.token;
}

/**
 * The signed-in customer and a read that needs only the session, asked of the backend at the
 * same time; the read's result is handed out only once the session is known to be current.
 * Redirects as `requireCustomer` does. `here` is the page's own path.
 */
export async function readAsCustomer<T>(
  here: string,
  read: (reads: CustomerReads) => Promise<T>,
): Promise<SignedInCustomer & { data: T }> {
  const session = await requireSessionToken(here);
  const pending = startRead(() => read(customerReads(getBackend(), session)));
  const signedIn = await requireCustomer(here);
  return { ...signedIn, data: await pending };
}

/**
 * Starts a read that depends only on the session, in parallel with the customer check.
 * If the customer check redirects, the read's failure is not reported as unhandled.
 */
export function startRead<T>(read: () => Promise<T>): Promise<T> {
  const promise = read();
  promise.catch(() => undefined);
  return promise;
}

/**
 * For server actions, first thing in a `catch`: a session the backend no longer accepts sends
 * the shopper to sign in again (this redirects and does not return); anything else is left
 * to the action, which maps it to copy with `describeFailure`.
 */
export function redirectIfSessionExpired(error: unknown, page: string): void {
  if (errorKind(error) === 'unauthorized') redirect(sessionExpiredUrl(page));
}

/**
 * Ends, for the storefront, every session of a customer opened before `instant`: sessions
 * signed in earlier are refused (and ended at the backend) on their next request. Used after
 * a password reset, where the browser holds no session: it signs in with the new password
 * just long enough to record the instant. A failure is logged, not shown: the password has
 * changed either way. With two-step sign-in on, the password alone opens no session: the
 * pending sign-in is returned, and the instant is recorded once its second step completes.
 */
export async function endSessionsOpenedBefore(
  instant: number,
  how: { session: string } | { email: string; password: string },
): Promise<PendingSignIn | null> {
  const backend = getBackend();
  try {
    if ('session' in how) {
      await backend.revokeSessionsBefore(how.session, instant);
      return null;
    }
    const signIn = await backend.logIn(how.email, how.password);
    if (signIn.status === 'second-step') return signIn.pending;
    try {
      await backend.revokeSessionsBefore(signIn.session, instant);
    } finally {
      await backend.logOut(signIn.session).catch(() => undefined);
    }
  } catch (error) {
    describeFailure('revokeSessionsBefore', error);
  }
  return null;
}

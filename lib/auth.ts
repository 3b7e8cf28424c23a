import 'server-only';

import { redirect } from 'next/navigation';
import { cache } from 'react';

import { describeFailure, errorKind } from './error-messages';
import { getBackend, isBackendError, type Customer } from './medusa';
import { loginUrl, sanitizeReturnTo } from './return-to';
import { readSession } from './session';

export type CurrentCustomer =
  | { status: 'signed-out' }
  | { status: 'expired' }
  | { status: 'signed-in'; session: string; customer: Customer };

/** Who the session belongs to, asked of the backend at most once per request. */
export const getCurrentCustomer = cache(async (): Promise<CurrentCustomer> => {
  const session = await readSession();
  if (!session) return { status: 'signed-out' };
  try {
    const customer = await getBackend().retrieveCustomer(session);
    return { status: 'signed-in', session, customer };
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
export async function requireCustomer(
  returnTo: string,
): Promise<{ session: string; customer: Customer }> {
  const current = await getCurrentCustomer();
  if (current.status === 'signed-out') redirect(loginUrl(returnTo));
  if (current.status === 'expired') redirect(sessionExpiredUrl(returnTo));
  return current;
}

/**
 * The session cookie alone, with no backend call, so a page can start its own reads in
 * parallel with `requireCustomer`. Redirects to sign-in when there is no cookie.
 */
export async function requireSessionToken(returnTo: string): Promise<string> {
  const session = await readSession();
  if (!session) redirect(loginUrl(returnTo));
  return session;
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
 * For server actions: maps a failed backend call to the copy the form shows. A session the
 * backend no longer accepts sends the shopper to sign in again instead.
 */
export function failureCopy(context: string, error: unknown, page: string): string {
  if (errorKind(error) === 'unauthorized') redirect(sessionExpiredUrl(page));
  return describeFailure(context, error);
}

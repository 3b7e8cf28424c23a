import 'server-only';

import { cookies } from 'next/headers';

import { SESSION_COOKIE } from './session-cookie';

/** Medusa v1 sessions last 10 hours; the browser cookie never outlives the backend's. */
const MAX_AGE_SECONDS = 10 * 60 * 60;

export function sessionCookieOptions(env: Record<string, string | undefined> = process.env) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env.NODE_ENV === 'production' && env.SESSION_COOKIE_SECURE !== 'false',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  };
}

export async function readSession(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value || null;
}

/** Only callable from server actions and route handlers. */
export async function writeSession(session: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, session, sessionCookieOptions());
}

/** Only callable from server actions and route handlers. */
export async function clearSession(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/' });
}

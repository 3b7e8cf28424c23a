// The session cookie: which cookie holds it, what is sealed in it, and how long it lasts.
// Shared by proxy.ts (which keeps its last-use instant fresh) and lib/session.ts; kept free of
// server-only imports so the proxy, the unit tests and the test suites can use it.
import * as z from 'zod/mini';

import { usesDevelopmentDefaults } from './run-mode';
import { seal, unseal } from './sealing';
import { sessionSecrets } from './session-secret';

const PLAIN_NAME = 'account_session';
/**
 * On a store's server the cookie carries the `__Host-` prefix: browsers then accept it only with
 * `Secure`, `Path=/` and no `Domain`, so neither a sibling subdomain nor a plain-http page
 * can plant or overwrite it.
 */
const HOST_NAME = `__Host-${PLAIN_NAME}`;

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

type Env = Record<string, string | undefined>;

export type SessionCookieMode = { name: string; secure: boolean };

/**
 * Name and `Secure` flag of the session cookie for a request to `host`. Under `next dev` and
 * in the tests (lib/run-mode.ts) the plain name over http. Any other server always gets
 * `__Host-` and `Secure`, except that `SESSION_COOKIE_SECURE=false` keeps the plain name over
 * http for a local demo: it is honoured only for a loopback host, never for a store's public
 * address.
 */
export function sessionCookieMode(
  host: string | null | undefined,
  env: Env = process.env,
): SessionCookieMode {
  if (usesDevelopmentDefaults(env)) return { name: PLAIN_NAME, secure: false };
  if (env.SESSION_COOKIE_SECURE === 'false' && host && LOOPBACK_HOST.test(host)) {
    return { name: PLAIN_NAME, secure: false };
  }
  return { name: HOST_NAME, secure: true };
}

/**
 * What the storefront keeps in its cookie, sealed: the backend's session id, the instant this
 * browser signed in (compared with the customer's "sessions valid after" instant and with the
 * absolute lifetime) and the instant it was last used (compared with the idle timeout).
 */
export type StoredSession = { token: string; signedInAt: number; seenAt: number };

const storedSessionSchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(4096)),
  signedInAt: z.number().check(z.int()),
  seenAt: z.number().check(z.int()),
});

/** The purpose the session is sealed for: no other sealed cookie opens as a session. */
const PURPOSE = PLAIN_NAME;

const DAY_MS = 24 * 60 * 60 * 1000;

export type SessionLifetime = {
  /** From sign-in, however often the session is used (`SESSION_MAX_AGE_DAYS`). */
  maxAgeMs: number;
  /** Since the last request that used it (`SESSION_IDLE_DAYS`). */
  idleMs: number;
};

function days(env: Env, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text.trim() === '') return fallback * DAY_MS;
  const value = Number(text);
  // Fractions of a day are allowed (0.5 is twelve hours); a minute is the least that works.
  if (!Number.isFinite(value) || value * DAY_MS < 60_000 || value > 3650) {
    throw new Error(
      `${name} must be a number of days, at least one minute and at most 3650 (got "${text}")`,
    );
  }
  return value * DAY_MS;
}

/** The session's lifetimes; a setting that is not a sensible number of days stops the start. */
export function sessionLifetime(env: Env = process.env): SessionLifetime {
  const maxAgeMs = days(env, 'SESSION_MAX_AGE_DAYS', 30);
  const idleMs = days(env, 'SESSION_IDLE_DAYS', 7);
  if (idleMs > maxAgeMs) {
    throw new Error('SESSION_IDLE_DAYS cannot be longer than SESSION_MAX_AGE_DAYS');
  }
  return { maxAgeMs, idleMs };
}

export function sealSession(session: StoredSession, env: Env = process.env): string {
  return seal(session, PURPOSE, sessionSecrets(env));
}

export type OpenedSession =
  | { status: 'current'; session: StoredSession }
  /** Sealed here, but past its absolute lifetime or its idle timeout. */
  | { status: 'expired'; session: StoredSession }
  /** Absent, or not sealed here (changed, forged, or sealed with a key since dropped). */
  | { status: 'none' };

export function openSession(
  value: string | undefined,
  now = Date.now(),
  env: Env = process.env,
): OpenedSession {
  if (!value) return { status: 'none' };
  const session = unseal(value, PURPOSE, storedSessionSchema, sessionSecrets(env));
  if (!session) return { status: 'none' };
  const { maxAgeMs, idleMs } = sessionLifetime(env);
  const expired = now - session.signedInAt > maxAgeMs || now - session.seenAt > idleMs;
  return { status: expired ? 'expired' : 'current', session };
}

/**
 * Seconds the browser keeps the cookie from `now`: until the idle timeout runs out, and never
 * past the absolute lifetime. Each time the last-use instant is written again, so is this.
 */
export function browserMaxAgeSeconds(
  signedInAt: number,
  now = Date.now(),
  env: Env = process.env,
): number {
  const { maxAgeMs, idleMs } = sessionLifetime(env);
  const end = Math.min(now + idleMs, signedInAt + maxAgeMs);
  return Math.max(0, Math.floor((end - now) / 1000));
}

/**
 * Whether a request should write the session again with a fresh last-use instant. Often enough
 * that the idle timeout is measured to within a small part of itself, rarely enough that most
 * responses carry no cookie.
 */
export function needsFreshSeenAt(
  session: StoredSession,
  now = Date.now(),
  env: Env = process.env,
): boolean {
  return now - session.seenAt >= Math.min(60 * 60 * 1000, sessionLifetime(env).idleMs / 8);
}

export function sessionCookieAttributes(secure: boolean, maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: maxAgeSeconds };
}

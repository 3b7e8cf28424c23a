// Which cookie holds the session, shared by proxy.ts (which only checks presence) and
// lib/session.ts. Kept free of server-only imports so the proxy and unit tests can use it.
import { usesDevelopmentDefaults } from './run-mode';

const PLAIN_NAME = 'account_session';
/**
 * On a store's server the cookie carries the `__Host-` prefix: browsers then accept it only with
 * `Secure`, `Path=/` and no `Domain`, so neither a sibling subdomain nor a plain-http page
 * can plant or overwrite it.
 */
const HOST_NAME = `__Host-${PLAIN_NAME}`;

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

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
  env: Record<string, string | undefined> = process.env,
): SessionCookieMode {
  if (usesDevelopmentDefaults(env)) return { name: PLAIN_NAME, secure: false };
  if (env.SESSION_COOKIE_SECURE === 'false' && host && LOOPBACK_HOST.test(host)) {
    return { name: PLAIN_NAME, secure: false };
  }
  return { name: HOST_NAME, secure: true };
}

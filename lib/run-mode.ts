// Whether this server may fall back on development defaults: the session secret lib/session.ts
// ships, a plain-http session cookie, an identity-token key generated into .data/, the
// development Content-Security-Policy. Only `next dev` (NODE_ENV=development) and the test
// suites (vitest sets NODE_ENV=test) may. Any other NODE_ENV, or none, is a store's server
// (a staging site's too): it needs its own secrets and gets Secure cookies, and the start-up
// checks (lib/startup-checks.ts) refuse the secrets this repository ships. One rule for every
// module, so that no NODE_ENV gets production cookies and development secrets at once. Free of
// server-only imports: proxy.ts and lib/session-cookie.ts use it.

type Env = Record<string, string | undefined>;

export function usesDevelopmentDefaults(env: Env = process.env): boolean {
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}

// The production storefront as the measuring tools start it: its environment for one seeded
// backend, and the session cookie it accepts for a Medusa session (sealed with the secret the
// tool gave it; development only).
import { sealSession, sessionCookieMode } from '../../lib/session-cookie';
import { DEV_ORDER_EVENTS } from './order-events';
import type { BackendState, MedusaVersion } from './backends';

/**
 * Node's flags for the production storefront, as `npm start` and the Docker image run it: the
 * heap's old space capped, so that V8 collects before it grows (docs/performance.md).
 */
export const STOREFRONT_NODE_FLAGS = ['--max-old-space-size=192'];

/** What `node server.mjs` is given: the backend (or a proxy in front of it) and its keys. */
export function storefrontEnv(
  version: MedusaVersion,
  backendUrl: string,
  state: BackendState,
  sessionSecret: string,
  { orderCache = false }: { orderCache?: boolean } = {},
): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    // A production build refuses the development-only secrets below unless allowed.
    ALLOW_DEV_SECRETS: 'true',
    MEDUSA_VERSION: version,
    MEDUSA_BACKEND_URL: backendUrl,
    SESSION_SECRET: sessionSecret,
    ...(state.publishableKey ? { MEDUSA_PUBLISHABLE_KEY: state.publishableKey } : {}),
    // Profile photos: the dev backend's admin credentials.
    ...(state.adminApiKey ? { MEDUSA_ADMIN_API_KEY: state.adminApiKey } : {}),
    // The stored files are served by the backend itself: through a proxy, the storefront is
    // told where (otherwise it finds them under the backend's own file paths).
    ...(backendUrl === state.url ? {} : { MEDUSA_FILE_URL: `${state.url}/` }),
    // The order cache, for a storefront the dev backend tells of order changes.
    ...(orderCache ? { ORDER_EVENTS_SECRET: DEV_ORDER_EVENTS.secret } : {}),
  };
}

/** A `Cookie` header for the production storefront (`__Host-…`): a Medusa session, sealed. */
export function storefrontCookie(session: string, sessionSecret: string): string {
  const name = sessionCookieMode('localhost', { NODE_ENV: 'production' }).name;
  const now = Date.now();
  const value = sealSession(
    { token: session, signedInAt: now, seenAt: now },
    { SESSION_SECRET: sessionSecret },
  );
  return `${name}=${value}`;
}

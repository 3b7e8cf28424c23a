// The secrets this repository ships so that development, the demo, the test suites and the
// Docker QA stack run with no setup. Anyone can read them, so a store must never run with
// one: the start-up checks (lib/startup-checks.ts) refuse every value here unless
// ALLOW_DEV_SECRETS=true. The tools and suites that hand them to a storefront import them
// from here, so that a new one cannot be given without being refused. compose.yaml and
// docker/dev-only-identity-keys.json cannot import, and spell theirs again;
// tests/unit/health-and-startup.test.ts keeps them in step. Free of server-only imports: the tools
// and the Playwright configuration read it too.

/** lib/session.ts signs with it under `next dev` and in the unit tests. */
export const DEV_SESSION_SECRET = 'dev-only-session-secret-do-not-use-in-production';

/** The browser suites' storefronts (playwright.config.ts; tests/support/backends.ts). */
export const E2E_SESSION_SECRET = 'e2e-only-session-secret-not-for-production-0001';

/** compose.yaml's default SESSION_SECRET, for the QA stack's storefronts and its runner. */
export const COMPOSE_SESSION_SECRET = 'dev-only-session-secret-change-me-0000000001';

/** The storefronts `npm run demo`, the screenshots, the benchmark and the call count start. */
export const DEMO_SESSION_SECRET = 'demo-only-session-secret-not-for-production';
export const SCREENSHOTS_SESSION_SECRET = 'screenshots-only-session-secret-not-for-production';
export const BENCH_SESSION_SECRET = 'bench-only-session-secret-not-for-production-0001';
export const MEASURE_SESSION_SECRET = 'measure-only-session-secret-not-for-production';

/** What the dev backends and the QA stack sign order events with (ORDER_EVENTS_SECRET). */
export const DEV_ORDER_EVENTS_SECRET = 'dev-only-order-events-secret-not-for-production';

/**
 * The dev Medusa v1 merchant's admin API token, which the v1 storefronts of the tools, the
 * suites and the QA stack store profile photos with (MEDUSA_ADMIN_API_KEY). The v2 backends
 * make their secret API key when they are seeded, so no v2 key ships.
 */
export const DEV_V1_ADMIN_API_TOKEN = 'dev-only-admin-api-token-v1';

/**
 * RFC 7638 thumbprints of the identity-token signing keys in docker/dev-only-identity-keys.json
 * (the QA stack's, which its runner signs test tokens with too): a key is recognised by its
 * key material, whatever its `kid` or file. The suites' own keys are made on each machine.
 */
export const DEV_IDENTITY_KEY_THUMBPRINTS: readonly string[] = [
  'mcFbUxRC07PmaZZsNy6bzKJS_xfxKAmdS3zruf1ZBcU',
];

/**
 * Every shipped value a secret setting may not hold. One list for every setting: a published
 * value is as public in ORDER_EVENTS_SECRET as in SESSION_SECRET.
 */
export const DEV_SECRET_VALUES: ReadonlySet<string> = new Set([
  DEV_SESSION_SECRET,
  E2E_SESSION_SECRET,
  COMPOSE_SESSION_SECRET,
  DEMO_SESSION_SECRET,
  SCREENSHOTS_SESSION_SECRET,
  BENCH_SESSION_SECRET,
  MEASURE_SESSION_SECRET,
  DEV_ORDER_EVENTS_SECRET,
  DEV_V1_ADMIN_API_TOKEN,
]);

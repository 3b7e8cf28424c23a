import { defineConfig } from '@playwright/test';

import {
  backendInfo,
  DOWN_STOREFRONT_PORT,
  E2E_IDENTITY_APPS,
  E2E_SESSION_SECRET,
  e2eIdentityKeysFile,
  externalStorefront,
  LOCAL_STOREFRONT_PORTS,
  needsLoopbackForwarder,
  usesExternalStorefronts,
  versionsUnderTest,
} from './tests/support/backends';
import { DEV_ORDER_EVENTS } from './tools/lib/order-events';

// One Playwright project per Medusa version: the same journeys run against a storefront
// built once and started per backend. Chromium comes from the system (Debian's package)
// unless PLAYWRIGHT_CHROMIUM_PATH says otherwise; set it to "" to use Playwright's own.
//
// Pointed at storefronts that run elsewhere (E2E_STOREFRONT_V2_URL and friends: the Docker
// runner, a staging site), the suite starts none of its own; see "QA: the runner against another
// storefront" in docs/docker.md for every variable.

const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const versions = versionsUnderTest();
const backends = versions.map((version) => backendInfo(version));

const PER_IP_LIMITS = [
  'RATE_LIMIT_SIGN_IN_IP',
  'RATE_LIMIT_REGISTER_IP',
  'RATE_LIMIT_FORGOT_PASSWORD_IP',
  'RATE_LIMIT_RESET_LINK_IP',
  'RATE_LIMIT_CHANGE_PASSWORD_IP',
  'RATE_LIMIT_CHANGE_EMAIL_IP',
  'RATE_LIMIT_PROFILE_PHOTO_IP',
  'RATE_LIMIT_IDENTITY_TOKEN_IP',
];

export const storefront = (port: number, env: Record<string, string>) => ({
  command: `node server.mjs -p ${port}`,
  url: `http://localhost:${port}/account/login`,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
  env: {
    NEXT_TELEMETRY_DISABLED: '1',
    // A production build refuses the development-only secrets below unless allowed
    // (lib/startup-checks.ts).
    ALLOW_DEV_SECRETS: 'true',
    SESSION_SECRET: E2E_SESSION_SECRET,
    // Identity tokens for the example app (e2e/account/identity.spec.ts).
    IDENTITY_APPS: JSON.stringify(E2E_IDENTITY_APPS),
    IDENTITY_SIGNING_KEYS_FILE: e2eIdentityKeysFile(),
    // Every browser test comes from 127.0.0.1: the per-IP limits would soon stop the suite.
    // The per-email and per-customer limits keep their production values, and are tested.
    ...Object.fromEntries(PER_IP_LIMITS.map((name) => [name, '100000/1h'])),
    ...env,
  },
});

export default defineConfig({
  testDir: './e2e',
  // The fault suite and the Docker stack checks have configurations of their own
  // (playwright.faults.config.ts, playwright.docker.config.ts).
  testIgnore: ['faults/**', 'docker/**'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  outputDir: 'test-results/playwright',
  // tools/test-all.ts reads the JSON report to sum every suite into one closing line.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath || undefined,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: backends.map((backend) => ({
    name: `medusa-${backend.version}`,
    use: { baseURL: backend.storefrontUrl, backend },
  })),
  webServer: usesExternalStorefronts() ? forwarders() : localStorefronts(),
});

function localStorefronts() {
  return [
    ...backends.map((backend) =>
      storefront(LOCAL_STOREFRONT_PORTS[backend.version], {
        MEDUSA_VERSION: backend.version,
        MEDUSA_BACKEND_URL: backend.url,
        ...(backend.publishableKey ? { MEDUSA_PUBLISHABLE_KEY: backend.publishableKey } : {}),
        ...(backend.adminApiKey ? { MEDUSA_ADMIN_API_KEY: backend.adminApiKey } : {}),
        // The order cache on, as the dev backend tells these ports of order changes: every
        // journey runs with it, and orders.spec.ts checks that a new order shows at once.
        ORDER_EVENTS_SECRET: DEV_ORDER_EVENTS.secret,
      }),
    ),
    // Medusa "down": nothing listens on port 9 of loopback.
    storefront(DOWN_STOREFRONT_PORT, {
      MEDUSA_VERSION: versions[0]!,
      MEDUSA_BACKEND_URL: 'http://127.0.0.1:9',
    }),
  ];
}

/** A loopback forwarder for each external plain-http storefront (see browserUrl). */
function forwarders() {
  const external = [
    ...versions.map((version) => externalStorefront(version)),
    process.env.E2E_DOWN_STOREFRONT_URL,
  ].filter((url): url is string => Boolean(url) && needsLoopbackForwarder(url!));
  return external.map((url) => {
    const { hostname, port } = new URL(url);
    const listen = port || '80';
    return {
      command: `node tests/support/forward.mjs ${listen} ${hostname} ${listen}`,
      url: `http://localhost:${listen}/account/login`,
      reuseExistingServer: false,
      timeout: 60_000,
    };
  });
}

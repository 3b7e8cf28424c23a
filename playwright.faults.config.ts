import { defineConfig } from '@playwright/test';

import baseConfig, { storefront } from './playwright.config';
import { backendInfo, versionsUnderTest } from './tests/support/backends';
import {
  FAULT_PROXY_PORTS,
  FAULT_REDIS_PORT,
  FAULT_STOREFRONT_PORTS,
  FAULT_TIMEOUT_MS,
  FAULT_TWIN_PORTS,
} from './e2e/faults/support/fault-storefronts';

// The fault suite (npm run test:faults): storefronts that reach Medusa through a proxy the
// tests can stop or slow down, with the abuse limits in a Redis the tests can stop. The
// tests also restart Medusa itself, so they run one at a time, after the other suites.

const backends = versionsUnderTest().map((version) => backendInfo(version));

export default defineConfig({
  ...baseConfig,
  testDir: './e2e/faults',
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  outputDir: 'test-results/playwright-faults',
  projects: backends.map((backend) => ({
    name: `faults-medusa-${backend.version}`,
    use: {
      baseURL: `http://localhost:${FAULT_STOREFRONT_PORTS[backend.version]}`,
      backend,
    },
  })),
  // Two storefront instances per version, one backend (through the proxy) and one Redis.
  webServer: backends.flatMap((backend) =>
    [FAULT_STOREFRONT_PORTS, FAULT_TWIN_PORTS].map((ports) =>
      storefront(ports[backend.version], {
        MEDUSA_VERSION: backend.version,
        MEDUSA_BACKEND_URL: `http://127.0.0.1:${FAULT_PROXY_PORTS[backend.version]}`,
        MEDUSA_TIMEOUT_MS: String(FAULT_TIMEOUT_MS),
        REDIS_URL: `redis://127.0.0.1:${FAULT_REDIS_PORT}`,
        ...(backend.publishableKey ? { MEDUSA_PUBLISHABLE_KEY: backend.publishableKey } : {}),
        ...(backend.adminApiKey ? { MEDUSA_ADMIN_API_KEY: backend.adminApiKey } : {}),
      }),
    ),
  ),
});

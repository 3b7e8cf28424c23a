import { defineConfig } from '@playwright/test';

import { published } from './tests/support/compose';

// Checks of the running Docker stack (compose.yaml) from this machine: what only the host can
// do, such as restarting a container mid-session or taking the stack down and up. `npm run
// test:docker` brings each profile up before running its project here; the e2e suite itself
// runs inside the runner container.

const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e/docker',
  timeout: 240_000,
  expect: { timeout: 15_000 },
  // One stack, changed by the tests (restarts, down and up): one test at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  outputDir: 'test-results/docker-host',
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
      ],
    },
  },
  projects: [
    { name: 'v2', testMatch: 'stack-v2.spec.ts', use: { baseURL: published.storefront() } },
    { name: 'scale', testMatch: 'scale.spec.ts', use: { baseURL: published.scaleProxy() } },
    { name: 'v1', testMatch: 'stack-v1.spec.ts', use: { baseURL: published.storefrontV1() } },
  ],
});

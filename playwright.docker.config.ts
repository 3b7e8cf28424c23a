import { defineConfig } from '@playwright/test';

import baseConfig from './playwright.config';
import { published } from './tests/support/compose';

// Checks of the running Docker stack (compose.yaml) from this machine: what only the host can
// do, such as restarting a container mid-session or taking the stack down and up. `npm run
// test:docker` brings each profile up before running its project here; the e2e suite itself
// runs inside the runner container.

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
  // The suite's own browser settings: Debian's Chromium, no background networking.
  use: baseConfig.use,
  projects: [
    { name: 'v2', testMatch: 'stack-v2.spec.ts', use: { baseURL: published.storefront() } },
    { name: 'scale', testMatch: 'scale.spec.ts', use: { baseURL: published.scaleProxy() } },
    { name: 'v1', testMatch: 'stack-v1.spec.ts', use: { baseURL: published.storefrontV1() } },
  ],
});

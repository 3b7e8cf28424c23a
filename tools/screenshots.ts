// The README's screenshots, made from the seeded store so that they never go stale:
//
//   npm run screenshots        # Medusa v2; MEDUSA_VERSION=v1 for v1
//
// Brings the seeded backend up, builds and starts the storefront on SCREENSHOTS_PORT (3199),
// and photographs the overview and the orders list of the demo customer (in English and in
// German) and a shipped order of the "shipped" persona, on a desktop and a phone, into
// docs/screenshots/. Reset the backend first (`npm run backend -- reset`) for exactly the seeded
// state.
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Page } from '@playwright/test';
import { execa } from 'execa';

import { SCREENSHOTS_SESSION_SECRET } from '../lib/dev-secrets';
import { customersOf, readWorld } from './backends/world';
import * as backends from './lib/backends';
import { banner, ROOT, run } from './lib/run';
import { storefrontEnv } from './lib/storefront';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const OUT = path.join(ROOT, 'docs', 'screenshots');
const version = backends.checkVersion(process.env.MEDUSA_VERSION ?? 'v2');
const port = Number(process.env.SCREENSHOTS_PORT ?? 3199);
const base = `http://localhost:${port}`;
const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  mobile: { width: 390, height: 844 },
} as const;

const world = customersOf(readWorld());
const demo = world.find((c) => c.key === 'demo')!;
const shipped = world.find((c) => c.key === 'shipped')!;

banner(`Seeded Medusa ${version}`);
const info = await backends.up(version);

banner('Building the storefront');
if ((await run('npx', ['next', 'build'])) !== 0) process.exit(1);

const server = execa('node', ['server.mjs', '-p', String(port)], {
  cwd: ROOT,
  env: {
    // Development only: the secret, and the backend's keys.
    ...storefrontEnv(version, info.url, info, SCREENSHOTS_SESSION_SECRET),
    SESSION_COOKIE_SECURE: 'false',
  },
  stdio: 'ignore',
  reject: false,
});

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the storefront did not start on ${base}`);
}

async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto(`${base}/account/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello,/ }).waitFor();
}

/** Waits until every picture on the page has loaded, then photographs the whole page. */
async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.images].every((img) => img.complete && img.naturalWidth > 0),
  );
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  ${path.relative(ROOT, file)}`);
}

try {
  await waitForServer();
  banner('Screenshots');
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signIn(page, demo);
    await shoot(page, `overview-${device}`);
    await page.goto(`${base}/account/orders`);
    await shoot(page, `orders-${device}`);
    // The same pages in German, as the language switcher leaves them.
    await context.addCookies([{ name: 'account_locale', value: 'de', url: base }]);
    await page.goto(`${base}/account`);
    await shoot(page, `overview-de-${device}`);
    await page.goto(`${base}/account/orders`);
    await shoot(page, `orders-de-${device}`);
    await context.clearCookies();
    await signIn(page, shipped);
    await page.goto(`${base}/account/orders`);
    await page
      .getByRole('link', { name: /^Order #/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Shipments' }).waitFor();
    await shoot(page, `order-shipped-${device}`);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
  await server;
}

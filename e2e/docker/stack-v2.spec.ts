import fs from 'node:fs';
import path from 'node:path';

import { COMPOSE_SESSION_SECRET } from '../../lib/dev-secrets';
import { SEEDED } from '../../tests/support/backends';
import {
  registerHere,
  signInHere,
  signInThroughForm,
  uniqueEmail,
} from '../../tests/support/browser';
import { compose, docker, published, ROOT } from '../../tests/support/compose';
import { expect, test } from '../fixtures';

// The default stack (PostgreSQL, Redis, Medusa v2, the storefront), checked from this machine.
// The tests change the stack (restarts, down and up, a reset), so they run in order.
test.describe.configure({ mode: 'serial' });

const STOREFRONT_IMAGE = 'medusa-account/storefront:dev';

function imageWorkdir(image: string) {
  return docker(['image', 'inspect', '-f', '{{.Config.WorkingDir}}', image]).output.trim();
}

/** Runs a shell command in a throwaway container of the image. */
function inImage(image: string, script: string) {
  return docker(['run', '--rm', '--entrypoint', 'sh', image, '-c', script]);
}

async function waitForHealthy(service: string, profiles: string[] = []) {
  compose([...profiles.flatMap((p) => ['--profile', p]), 'up', '-d', '--wait', service]);
}

test('the storefront runs as a non-root user from an image with no .env, source maps, devDependencies or secrets', () => {
  expect(compose(['exec', '-T', 'storefront', 'id', '-u']).trim()).not.toBe('0');

  const app = imageWorkdir(STOREFRONT_IMAGE);
  expect(app).not.toBe('');
  const stray = inImage(
    STOREFRONT_IMAGE,
    `find ${app} \\( -name '.env' -o -name '.env.*' -o -name '*.map' \\) -print`,
  );
  expect(stray.code).toBe(0);
  expect(stray.output.trim()).toBe('');

  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const installed = inImage(STOREFRONT_IMAGE, `ls ${app}/node_modules ${app}/node_modules/@*`);
  const names = new Set(installed.output.split(/\s+/));
  const scoped = installed.output.split('\n\n').flatMap((block) => {
    const [header, ...entries] = block.split('\n');
    const scope = /node_modules\/(@[^:]+):$/.exec(header ?? '')?.[1];
    return scope ? entries.filter(Boolean).map((e) => `${scope}/${e}`) : [];
  });
  for (const name of scoped) names.add(name);
  const devOnly = Object.keys(pkg.devDependencies).filter((name) => names.has(name));
  expect(devOnly, 'devDependencies in the image').toEqual([]);

  const history = docker(['history', '--no-trunc', '--format', '{{.CreatedBy}}', STOREFRONT_IMAGE]);
  expect(history.code).toBe(0);
  expect(history.output).not.toMatch(/SESSION_SECRET|dev-only|PUBLISHABLE_KEY=|pk_[0-9a-f]{16}/);
});

test("the image refuses the stack's development secrets without ALLOW_DEV_SECRETS", () => {
  // `timeout` bounds a server that starts after all; the checks stop it within seconds.
  const run = docker([
    'run',
    '--rm',
    '-e',
    'MEDUSA_PUBLISHABLE_KEY=pk_nothing_listens_here',
    '-e',
    `SESSION_SECRET=${COMPOSE_SESSION_SECRET}`,
    '--entrypoint',
    'timeout',
    STOREFRONT_IMAGE,
    '60',
    'node',
    'server.mjs',
  ]);
  expect(run.code).toBe(1);
  expect(run.output).toContain(
    'The storefront cannot start: SESSION_SECRET is a development-only secret',
  );
  expect(run.output).not.toContain(COMPOSE_SESSION_SECRET);
});

test('the seeded products are visible with the publishable key Medusa handed off', async () => {
  const key = compose(['exec', '-T', 'storefront', 'cat', '/handoff/v2.key']).trim();
  expect(key).toMatch(/^pk_/);
  const world = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'backend', 'seed-world.json'), 'utf8'),
  ) as { products: { handle: string }[] };
  const response = await fetch(`${published.medusa()}/store/products?limit=50`, {
    headers: { 'x-publishable-api-key': key },
  });
  expect(response.status).toBe(200);
  const { products } = (await response.json()) as { products: { handle: string }[] };
  expect(products.map((p) => p.handle).sort()).toEqual(world.products.map((p) => p.handle).sort());
});

test('a shopper stays signed in while the Medusa container restarts (sessions live in Redis)', async ({
  page,
}) => {
  await signInThroughForm(page, SEEDED.demo);
  compose(['restart', 'medusa']);
  await waitForHealthy('medusa');
  const response = await page.goto('/account/orders');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/orders$/);
});

test('a reset mail reaches the outbox, which one command prints', async ({ page }) => {
  await page.goto('/account/forgot-password');
  await page.getByLabel('Email').fill(SEEDED.other.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(/If an account exists/)).toBeVisible();
  await expect
    .poll(() => compose(['run', '--rm', '--no-deps', 'medusa', 'outbox']), { timeout: 30_000 })
    .toContain(SEEDED.other.email);
});

test('a customer registered before down and up is still there, and gone after the reset', async ({
  browser,
}) => {
  const email = uniqueEmail('docker');
  const password = 'kept-across-restarts-1';
  const first = await browser.newPage();
  await first.goto('/account/register');
  await registerHere(first, {
    firstName: 'Dee',
    lastName: 'Ocker',
    email,
    password: password,
  });
  await expect(first.getByRole('heading', { name: 'Hello, Dee' })).toBeVisible();
  await first.close();

  compose(['down']);
  const began = Date.now();
  compose(['up', '-d', '--wait']);
  console.log(`warm docker compose up -d --wait: ${((Date.now() - began) / 1000).toFixed(1)} s`);

  const again = await browser.newPage();
  await signInThroughForm(again, { email, password });
  await again.close();

  const resetBegan = Date.now();
  compose(['run', '--rm', 'medusa', 'reset']);
  compose(['restart', 'medusa']);
  await waitForHealthy('medusa');
  console.log(`reset to the seeded state: ${((Date.now() - resetBegan) / 1000).toFixed(1)} s`);

  const after = await browser.newPage();
  await after.goto('/account/login');
  await signInHere(after, { email, password: password });
  await expect(after.getByText('That email and password do not match an account.')).toBeVisible();
  // The seeded world is back as it was.
  await signInThroughForm(after, SEEDED.demo);
  await after.close();
});

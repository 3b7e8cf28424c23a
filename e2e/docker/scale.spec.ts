import type { Page, Response } from '@playwright/test';

import {
  failSignIns,
  registerHere,
  signInThroughForm,
  submitSignIn,
  uniqueEmail,
} from '../../tests/support/browser';
import { expect, test } from '../fixtures';

// Profile `scale`: two storefront instances behind a reverse proxy (round robin), sharing
// Redis and the session secret. The proxy names the instance that answered in X-Served-By.

function servedBy(page: Page) {
  const instances = new Set<string>();
  const listener = (response: Response) => {
    const instance = response.headers()['x-served-by'];
    if (instance && response.request().resourceType() !== 'image') instances.add(instance);
  };
  page.on('response', listener);
  return instances;
}

async function register(page: Page, email: string, password: string) {
  await page.goto('/account/register');
  await registerHere(page, {
    firstName: 'Sam',
    lastName: 'Scale',
    email,
    password: password,
  });
  await expect(page.getByRole('heading', { name: 'Hello, Sam' })).toBeVisible();
}

test('a sign-in on one instance is valid on the other', async ({ page }) => {
  const email = uniqueEmail('scale');
  await register(page, email, 'scaled-pass-1');
  await page.context().clearCookies();
  await signInThroughForm(page, { email, password: 'scaled-pass-1' });

  const instances = servedBy(page);
  for (let visit = 0; visit < 6; visit += 1) {
    const response = await page.goto('/account/profile');
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel('First name')).toHaveValue('Sam');
  }
  expect([...instances].length, `instances that answered: ${[...instances].join(', ')}`).toBe(2);
});

test('wrong passwords on both instances count towards one limit', async ({ page }) => {
  const email = uniqueEmail('scale-limit');
  await register(page, email, 'scaled-pass-2');
  await page.context().clearCookies();

  const instances = servedBy(page);
  await failSignIns(page, email, 5);
  expect([...instances].length, `instances that answered: ${[...instances].join(', ')}`).toBe(2);

  // The sixth try, with the right password, is refused by whichever instance gets it.
  await page.getByLabel('Password').fill('scaled-pass-2');
  await submitSignIn(page);
  await expect(page.getByText('Too many attempts. Try again in 15 minutes.')).toBeVisible();
});

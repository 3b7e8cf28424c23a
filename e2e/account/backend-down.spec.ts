import { downStorefrontUrl } from '../../tests/support/backends';
import { setSessionCookie, signInHere } from '../../tests/support/browser';
import { expect, test } from '../fixtures';

// A storefront instance whose Medusa is unreachable: the shopper gets a friendly page or
// message, never a stack trace or the backend's error text.
const DOWN = downStorefrontUrl();
const LEAKS =
  /ECONNREFUSED|127\.0\.0\.1:9|stack|TypeError|AxiosError|FetchError|\bat (?:async )?[\w$.<>]+ \((?:\/|file:|node:)/;

test.describe('when the store backend is down', () => {
  test('account pages show a friendly error page', async ({ page, context }) => {
    await setSessionCookie(context, DOWN, { backendSession: 'some-session' });
    await page.goto(`${DOWN}/account`);
    await expect(
      page.getByRole('heading', { name: 'We can’t show your account right now' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await page.content()).not.toMatch(LEAKS);
  });

  test('signing in says the store is not responding and keeps the email', async ({ page }) => {
    await page.goto(`${DOWN}/account/login`);
    await signInHere(page, { email: 'dana@example.com', password: 'demo-password-1' });
    await expect(
      page.getByText('The store is not responding right now. Please try again in a moment.'),
    ).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue('dana@example.com');
    expect(await page.content()).not.toMatch(LEAKS);
  });
});

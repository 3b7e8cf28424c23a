import { SEEDED, STOREFRONT_SESSION_COOKIE } from '../../tests/support/backends';
import { baseURL, errorSummary, fieldError, signInHere } from '../../tests/support/browser';
import { expect, test } from '../fixtures';

test.describe('signing in', () => {
  test('a shopper signs in and sees their account overview', async ({ page, account }) => {
    await account.signIn(SEEDED.demo);
    await expect(page).toHaveURL(/\/account$/);
    await expect(
      page.getByRole('heading', { name: `Hello, ${SEEDED.demo.firstName}` }),
    ).toBeVisible();
    await expect(page.getByText(SEEDED.demo.email)).toBeVisible();
    expect(await account.sessionCookie()).toBeTruthy();
  });

  test('a wrong password and an unknown email get the same message, and the email is kept', async ({
    page,
  }) => {
    const messages: string[] = [];
    for (const credentials of [
      { email: SEEDED.demo.email, password: 'not-the-password-1' },
      { email: 'nobody-here@example.com', password: 'whatever-pass-1' },
    ]) {
      await page.goto('/account/login');
      await signInHere(page, credentials);
      const notice = errorSummary(page).filter({ hasText: /do not match/ });
      await expect(notice).toBeVisible();
      messages.push((await notice.textContent()) ?? '');
      await expect(page.getByLabel('Email')).toHaveValue(credentials.email);
      await expect(page.getByLabel('Password')).toHaveValue('');
    }
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).not.toMatch(/unauthorized|401|error/i);
  });

  test('empty fields are flagged next to the fields before anything is sent', async ({ page }) => {
    await page.goto('/account/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(fieldError(page, 'Enter your email address.')).toBeVisible();
    await expect(fieldError(page, 'Enter your password.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  test('a signed-out visitor of an account page is sent to sign in and then back to that page', async ({
    page,
  }) => {
    await page.goto('/account/orders?page=2');
    await expect(page).toHaveURL(/\/account\/login\?returnTo=%2Faccount%2Forders%3Fpage%3D2$/);
    await signInHere(page, SEEDED.demo);
    await expect(page).toHaveURL(/\/account\/orders\?page=2$/);
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
  });

  for (const hostile of [
    'https://evil.example/phish',
    '//evil.example/phish',
    '/\\evil.example',
    'javascript:alert(1)',
  ]) {
    test(`a hostile returnTo (${hostile}) lands on the account overview instead`, async ({
      page,
    }) => {
      await page.goto(`/account/login?returnTo=${encodeURIComponent(hostile)}`);
      await signInHere(page, SEEDED.demo);
      await expect(page.getByRole('heading', { name: /^Hello,/ })).toBeVisible();
      expect(new URL(page.url()).host).toBe(new URL(baseURL()).host);
      expect(new URL(page.url()).pathname).toBe('/account');
    });
  }

  test('a signed-in shopper who opens sign-in or register goes to their account', async ({
    page,
    signedIn,
  }) => {
    await signedIn.as(SEEDED.demo, '/account/login');
    await expect(page).toHaveURL(/\/account$/);
    await page.goto('/account/register');
    await expect(page).toHaveURL(/\/account$/);
  });

  test('personal pages are never cached', async ({ account, request }) => {
    await account.signIn(SEEDED.demo);
    const cookie = await account.rawSessionCookie();
    for (const path of ['/account', '/account/orders', '/account/profile', '/account/addresses']) {
      const response = await request.get(path, {
        headers: { cookie: `${STOREFRONT_SESSION_COOKIE}=${cookie}` },
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(200);
      const cacheControl = response.headers()['cache-control'] ?? '';
      expect(cacheControl, path).toContain('no-store');
      expect(cacheControl, path).toContain('private');
    }
  });
});

test.describe('signing in without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still signs the shopper in and returns them where they were going', async ({
    page,
  }) => {
    await page.goto('/account/addresses');
    await expect(page).toHaveURL(/returnTo=%2Faccount%2Faddresses/);
    await signInHere(page, SEEDED.demo);
    await expect(page).toHaveURL(/\/account\/addresses$/);
    await expect(page.getByRole('heading', { name: 'Addresses' })).toBeVisible();
  });

  test('a wrong password shows the message from the server and keeps the email', async ({
    page,
  }) => {
    await page.goto('/account/login');
    await signInHere(page, { email: SEEDED.demo.email, password: 'not-the-password-1' });
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(SEEDED.demo.email);
  });
});

import type { BrowserContext } from '@playwright/test';

import { SEEDED, STOREFRONT_SESSION_COOKIE } from '../../tests/support/backends';
import {
  baseURL,
  changePassword,
  expectSessionExpiredOn,
  failSignIns,
  followResetLink,
  setNewPassword,
  setSessionCookie,
  signInHere,
  signInThroughForm,
  submitSignIn,
} from '../../tests/support/browser';
import { openedSession } from '../../tests/support/session-cookie';
import { expect, skipUnlessDeclared, test, type TestCustomer } from '../fixtures';

test.describe('open redirects', () => {
  for (const hostile of [
    '/.//evil.example/x',
    '/..//evil.example/x',
    '/%2e%2e//evil.example',
    '/./%2e//evil.example',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/x',
    '/\u2215\u2215evil.example',
  ]) {
    test(`a signed-in visitor of sign-in with returnTo=${JSON.stringify(hostile)} stays on the storefront`, async ({
      request,
    }) => {
      const response = await request.get(`/account/login?returnTo=${encodeURIComponent(hostile)}`, {
        headers: { cookie: `${STOREFRONT_SESSION_COOKIE}=anything` },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      const location = new URL(response.headers().location!, baseURL());
      expect(location.origin).toBe(new URL(baseURL()).origin);
    });
  }
});

test.describe('the session cookie', () => {
  test('is __Host- prefixed, Secure, httpOnly and SameSite=Lax', async ({ page, account }) => {
    await account.signIn(SEEDED.demo);
    const cookie = (await page.context().cookies()).find(
      (c) => c.name === STOREFRONT_SESSION_COOKIE,
    );
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  test('a link from another site to the session-expired page signs no one out', async ({
    page,
    account,
  }) => {
    await account.signIn(SEEDED.demo);
    const before = await account.rawSessionCookie();
    await page.goto('/account/session-expired?returnTo=%2Faccount%2Forders');
    await expect(page).toHaveURL(/\/account\/orders$/);
    await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
    expect(await account.rawSessionCookie()).toBe(before);
  });

  test('reveals nothing Medusa accepts: neither the value nor any part of it, plain or decoded, opens the account at Medusa', async ({
    account,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    const value = decodeURIComponent((await account.rawSessionCookie())!);
    // The Medusa session behind the cookie does open the account: the probes below could succeed.
    const behind = (await account.sessionCookie())!;
    expect((await api.me(behind))?.email).toBe(customer.email);

    const parts = [value, ...value.split('.')];
    const decoded = parts.flatMap((part) =>
      ['base64url', 'base64', 'hex'].map((encoding) =>
        Buffer.from(part, encoding as BufferEncoding).toString('latin1'),
      ),
    );
    // Only what could travel in a Cookie header: anything else is no session id at all.
    const probes = [...new Set([...parts, ...decoded])].filter((probe) =>
      /^[\x21-\x7e]+$/.test(probe),
    );
    expect(probes.length).toBeGreaterThan(3);
    for (const probe of probes) {
      expect(value).not.toContain(behind);
      expect(await api.me(probe), probe).toBeNull();
    }
  });

  test('changed by one byte, it is refused as expired and the account is not shown', async ({
    page,
    account,
    context,
    signedIn,
  }) => {
    await signedIn.newCustomer();
    const stolen = decodeURIComponent((await account.rawSessionCookie())!);
    // One character in the middle of the sealed data: the data no longer matches its tag.
    const at = Math.floor(stolen.length / 2);
    const changed = `${stolen.slice(0, at)}${stolen[at] === 'A' ? 'B' : 'A'}${stolen.slice(at + 1)}`;
    await setSessionCookie(context, baseURL(), { raw: changed });
    await page.goto('/account/profile');
    await expectSessionExpiredOn(page, '/account/profile');
  });
});

test.describe('session lifetimes', () => {
  const DAY = 24 * 60 * 60 * 1000;

  /**
   * Puts `customer`'s own backend session into the browser as a storefront cookie signed in
   * `signedAgo` and last used `seenAgo` milliseconds before `now`.
   */
  const setAgedSessionCookie = (
    context: BrowserContext,
    customer: TestCustomer,
    { now, signedAgo, seenAgo }: { now: number; signedAgo: number; seenAgo: number },
  ) =>
    setSessionCookie(context, baseURL(), {
      backendSession: customer.session,
      signedInAt: now - signedAgo,
      seenAt: now - seenAgo,
    });

  for (const { name, signedAgo, seenAgo } of [
    { name: 'signed in 31 days ago (the 30-day lifetime)', signedAgo: 31 * DAY, seenAgo: 60_000 },
    { name: 'last used 8 days ago (the 7-day idle timeout)', signedAgo: 9 * DAY, seenAgo: 8 * DAY },
  ]) {
    test(`a session ${name} goes to sign-in with the expired notice, then back`, async ({
      page,
      context,
      customers,
    }) => {
      const customer = await customers.create();
      // The Medusa session itself is fresh and valid: only the storefront's lifetime has run out.
      await setAgedSessionCookie(context, customer, { now: Date.now(), signedAgo, seenAgo });
      await page.goto('/account/addresses');
      await expectSessionExpiredOn(page, '/account/addresses');
      await signInHere(page, customer);
      await expect(page).toHaveURL(/\/account\/addresses$/);
      await expect(page.getByRole('heading', { name: 'Addresses' })).toBeVisible();
    });
  }

  test('a session within both (29 days old, last used 6 days ago) still opens the account, and its last use is written again', async ({
    page,
    account,
    context,
    customers,
  }) => {
    const customer = await customers.create();
    const now = Date.now();
    await setAgedSessionCookie(context, customer, { now, signedAgo: 29 * DAY, seenAgo: 6 * DAY });
    await page.goto('/account/profile');
    await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
    const refreshed = openedSession(decodeURIComponent((await account.rawSessionCookie())!));
    expect(refreshed.token).toBe(customer.session);
    expect(refreshed.signedInAt).toBe(now - 29 * DAY);
    expect(refreshed.seenAt).toBeGreaterThanOrEqual(now);
  });
});

test.describe('malformed URLs', () => {
  for (const path of [
    '/account/orders/%E0%A4%A',
    '/account/orders/%',
    '/account/addresses/%E0%A4%A/edit',
  ]) {
    test(`${path} is a not-found page, not a server error`, async ({ page, account }) => {
      await account.signIn(SEEDED.demo);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByText(/could not find|not found/i).first()).toBeVisible();
      expect(await page.content()).not.toMatch(/Internal Server Error/);
    });
  }
});

test.describe('browser defences', () => {
  const expectDefences = (headers: Record<string, string>, where: string) => {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, where).toMatch(/default-src 'self'/);
    expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    for (const directive of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(csp, where).toContain(directive);
    }
    expect(headers['x-frame-options'], where).toBe('DENY');
    expect(headers['x-content-type-options'], where).toBe('nosniff');
    expect(headers['permissions-policy'], where).toContain('camera=()');
    expect(headers['strict-transport-security'], where).toMatch(/max-age=\d+/);
  };

  test('every kind of response carries them, with a fresh nonce each time', async ({
    request,
    page,
    account,
  }) => {
    const login = await request.get('/account/login');
    expectDefences(login.headers(), 'sign-in page');
    expect(login.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const again = await request.get('/account/login');
    expect(again.headers()['content-security-policy']).not.toBe(
      login.headers()['content-security-policy'],
    );

    await account.signIn(SEEDED.demo);
    const cookie = `${STOREFRONT_SESSION_COOKIE}=${await account.rawSessionCookie()}`;
    const overview = await page.request.get('/account', { headers: { cookie } });
    expect(overview.status()).toBe(200);
    expectDefences(overview.headers(), 'account page');
    const api = await page.request.get('/api/account/orders?page=1', { headers: { cookie } });
    expect(api.status()).toBe(200);
    expectDefences(api.headers(), 'API route');

    const reset = await request.get('/account/reset-password');
    expect(reset.headers()['referrer-policy']).toBe('no-referrer');
  });
});

test.describe('password reset links', () => {
  test('the token leaves the address bar on the first load, and the link still works', async ({
    page,
    customers,
    backend,
  }) => {
    const customer = await customers.create();
    const mail = await followResetLink(page, backend, customer.email);
    await expect(page).toHaveURL(/\/account\/reset-password$/);
    expect(page.url()).not.toContain(mail.token);
    await expect(page.getByText(customer.email)).toBeVisible();
    expect(await page.content()).not.toContain(mail.token);
  });
});

test.describe('sessions end when the password changes', () => {
  test('a reset in one browser signs the other browser out', async ({
    page,
    account,
    backend,
    browser,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    const otherSession = (await account.sessionCookie())!;

    const resetting = await browser.newContext({ baseURL: baseURL() });
    const resetPage = await resetting.newPage();
    await followResetLink(resetPage, backend, customer.email);
    await setNewPassword(resetPage, 'after-reset-77');
    await expect(resetPage.getByText(/Your password has been changed/)).toBeVisible();
    await resetting.close();

    await page.goto('/account/profile');
    await expectSessionExpiredOn(page, '/account/profile');
    // Ended at the backend too, not only refused by this storefront.
    expect(await api.me(otherSession)).toBeNull();
  });

  test('"Sign out everywhere" ends this browser and every other', async ({
    page,
    account,
    customers,
    browser,
    api,
  }) => {
    const customer = await customers.create();
    const other = await browser.newContext({ baseURL: baseURL() });
    const otherPage = await other.newPage();
    await signInThroughForm(otherPage, customer);

    await account.signIn(customer);
    const mine = (await account.sessionCookie())!;
    await page.goto('/account/profile');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(
      page.getByText('You have been signed out on every device and browser.'),
    ).toBeVisible();
    expect(await api.me(mine)).toBeNull();

    await otherPage.goto('/account/profile');
    await expect(otherPage).toHaveURL(/notice=expired/);
    await other.close();
    // Signing in again works as before.
    await account.signIn(customer);
  });

  test('changing the password in place keeps this browser signed in and ends the others', async ({
    page,
    customers,
    browser,
    backend,
    signedIn,
  }) => {
    skipUnlessDeclared(backend, 'canChangePasswordInPlace');
    const customer = await customers.create();
    const other = await browser.newContext({ baseURL: baseURL() });
    const otherPage = await other.newPage();
    await signInThroughForm(otherPage, customer);

    await signedIn.as(customer, '/account/profile');
    await changePassword(page, customer.password, 'changed-pass-88');
    await expect(page.getByText('Your password has been changed.')).toBeVisible();

    await page.goto('/account/orders');
    await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
    await otherPage.goto('/account/orders');
    await expect(otherPage).toHaveURL(/notice=expired/);
    await other.close();
  });
});

test.describe('values a customer writes straight into Medusa', () => {
  test('photo-like names of 95 kB (the most Medusa takes in one request) in the metadata: every page still renders, the photo is ignored and nothing is deleted', async ({
    page,
    api,
    account,
    customers,
    backend,
  }) => {
    const customer = await customers.create();
    const { id } = (await api.me(customer.session))!;
    // Photo-like names end to end: the shape that made a backtracking pattern quadratic.
    const lookalike = `1-profile-photo-${id}-0123456789abcdef`;
    // Both Medusa versions refuse a request body over 100 kB (413), so one value can be no
    // longer; each key is written on its own (metadata is merged).
    const hostile = lookalike.repeat(Math.floor(95_000 / lookalike.length));
    const picture = `${backend.url}/${'static/'.repeat(300)}photo.webp`;
    await api.writeMetadata(customer.session, { profile_photo_file: hostile });
    await api.writeMetadata(customer.session, { sessions_valid_after: hostile });
    await api.writeMetadata(customer.session, { profile_photo_url: picture });

    await account.signIn(customer);
    for (const path of ['/account', '/account/profile', '/account/addresses', '/account/orders']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('/account/profile');
    await expect(page.locator('[data-avatar="initials"]').first()).toBeVisible();
    await expect(page.locator(`img[src*="photo.webp"]`)).toHaveCount(0);

    // Nothing the storefront read was changed or removed.
    const stored = await api.metadata(customer.session);
    expect(stored.profile_photo_file).toBe(hostile);
    expect(stored.profile_photo_url).toBe(picture);
    expect(stored.sessions_valid_after).toBe(hostile);
  });
});

test.describe('abuse limits', () => {
  test('after five wrong passwords, sign-in asks the shopper to wait and keeps the email', async ({
    page,
    customers,
  }) => {
    const customer = await customers.create();
    await failSignIns(page, customer.email, 5);
    // Even the right password is refused now, without asking the backend.
    await page.getByLabel('Password').fill(customer.password);
    await submitSignIn(page);
    await expect(page.getByText('Too many attempts. Try again in 15 minutes.')).toBeVisible();
    await expect(page).toHaveURL(/\/account\/login/);
    await expect(page.getByLabel('Email')).toHaveValue(customer.email);
    await expect(page.getByLabel('Password')).toHaveValue('');
  });
});

import { SEEDED } from '../../tests/support/backends';
import {
  baseURL,
  expectSessionExpiredOn,
  setSessionCookie,
  signInHere,
} from '../../tests/support/browser';
import { expect, test } from '../fixtures';

test.describe('sessions', () => {
  test('signing out ends the session at the backend, so a copy of the cookie is useless', async ({
    page,
    account,
    api,
    browser,
  }) => {
    const customer = SEEDED.demo;
    await account.signIn(customer);
    const copied = (await account.sessionCookie())!;
    const copiedCookie = (await account.rawSessionCookie())!;
    expect(await api.me(copied)).not.toBeNull();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You have been signed out.')).toBeVisible();
    expect(await account.sessionCookie()).toBeUndefined();
    await page.goto('/account');
    await expect(page).toHaveURL(/\/account\/login/);

    // The backend no longer accepts the old session...
    expect(await api.me(copied)).toBeNull();
    // ...and a browser that replays the copied cookie gets sent to sign in.
    const replay = await browser.newContext({ baseURL: baseURL() });
    await setSessionCookie(replay, baseURL(), { raw: copiedCookie });
    const replayPage = await replay.newPage();
    await replayPage.goto('/account/profile');
    await expect(replayPage).toHaveURL(
      /\/account\/login\?returnTo=%2Faccount%2Fprofile&notice=expired$/,
    );
    await expect(
      replayPage.getByText('Your session has expired. Please sign in again.'),
    ).toBeVisible();
    await replay.close();
  });

  test('a session the backend has dropped sends the shopper to sign in with a notice, then back', async ({
    page,
    account,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    const session = (await account.sessionCookie())!;
    // The backend forgets the session (as after an expiry or a restart).
    await api.logOut(session);

    await page.goto('/account/addresses');
    await expectSessionExpiredOn(page, '/account/addresses');
    expect(await account.sessionCookie()).toBeUndefined();

    await signInHere(page, customer);
    await expect(page).toHaveURL(/\/account\/addresses$/);
  });

  for (const [what, value] of [
    ['a made-up session cookie', { raw: 's%3Aforged.cookie' }],
    [
      'a correctly signed cookie for a session the backend never issued',
      { backendSession: 's:forged.cookie' },
    ],
  ] as const) {
    test(`${what} is treated as expired, not trusted`, async ({ page, context }) => {
      await setSessionCookie(context, baseURL(), value);
      await page.goto('/account');
      await expect(page).toHaveURL(/notice=expired/);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    });
  }
});

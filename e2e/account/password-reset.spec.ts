import { fieldError, setNewPassword, signInHere } from '../../tests/support/browser';
import { linkPath, waitForResetMail } from '../../tests/support/outbox';
import { expect, test } from '../fixtures';

test.describe('forgotten password', () => {
  test('the confirmation is the same whether or not the email has an account', async ({
    page,
    customers,
  }) => {
    const customer = await customers.create();
    const confirmations: string[] = [];
    for (const email of [customer.email, 'no-account-here@example.com']) {
      await page.goto('/account/forgot-password');
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Send reset link' }).click();
      const confirmation = page.getByRole('status').filter({ hasText: 'If an account exists' });
      await expect(confirmation).toBeVisible();
      confirmations.push(((await confirmation.textContent()) ?? '').replace(email, '<email>'));
    }
    expect(confirmations[0]).toBe(confirmations[1]);
  });

  test('a shopper resets their password from the emailed link and signs in with the new one', async ({
    page,
    customers,
    backend,
    api,
  }) => {
    const customer = await customers.create();
    const since = new Date(Date.now() - 1000);
    await page.goto('/account/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await page.getByLabel('Email').fill(customer.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByText(/If an account exists/)).toBeVisible();

    const mail = await waitForResetMail(backend.outboxFile, customer.email, since);
    await page.goto(linkPath(mail));
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await setNewPassword(page, 'reset-pass-22', 'reset-pass-23');
    await expect(fieldError(page, 'The two passwords do not match.')).toBeVisible();

    await page.getByLabel('Repeat new password').fill('reset-pass-22');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(
      page.getByText('Your password has been changed. Sign in with your new password.'),
    ).toBeVisible();

    expect(await api.canLogIn(customer.email, customer.password)).toBe(false);
    await signInHere(page, { email: customer.email, password: 'reset-pass-22' });
    await expect(page.getByRole('heading', { name: `Hello, ${customer.firstName}` })).toBeVisible();

    // The same link cannot be used twice.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(linkPath(mail));
    await setNewPassword(page, 'second-try-33');
    await expect(
      page.getByRole('heading', { name: 'This reset link can’t be used' }),
    ).toBeVisible();
    await expect(
      page.getByText('This password reset link has expired or has already been used.'),
    ).toBeVisible();
    expect(await api.canLogIn(customer.email, 'reset-pass-22')).toBe(true);
    expect(await api.canLogIn(customer.email, 'second-try-33')).toBe(false);

    // The page offers a new link, for the same address.
    await expect(page.getByLabel('Email')).toHaveValue(customer.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByText(/If an account exists/)).toBeVisible();
  });

  test('a forged reset link says so and changes nothing', async ({ page, customers, api }) => {
    const customer = await customers.create();
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lcl9pZCI6ImZvcmdlZCJ9.c2lnbmF0dXJl';
    await page.goto(
      `/account/reset-password?token=${forged}&email=${encodeURIComponent(customer.email)}`,
    );
    await setNewPassword(page, 'forged-pass-1');
    await expect(
      page.getByText('This password reset link has expired or has already been used.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send reset link' })).toBeVisible();
    expect(await api.canLogIn(customer.email, customer.password)).toBe(true);
  });

  test('an incomplete link explains itself instead of showing a broken form', async ({ page }) => {
    await page.goto('/account/reset-password?email=someone%40example.com');
    await expect(page.getByText(/This password reset link is incomplete/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send reset link' })).toBeVisible();
  });
});

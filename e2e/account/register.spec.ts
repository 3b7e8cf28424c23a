import { SEEDED } from '../../tests/support/backends';
import { fieldError, registerHere, uniqueEmail } from '../../tests/support/browser';
import { expect, test } from '../fixtures';

test.describe('creating an account', () => {
  test('a new shopper registers, is signed in, and the backend has their details', async ({
    page,
    api,
    account,
  }) => {
    const email = uniqueEmail('register');
    await page.goto('/account/register');
    await expect(
      page.getByText(/At least 8 characters, including a letter and a number/),
    ).toBeVisible();
    await registerHere(page, {
      firstName: 'Robin',
      lastName: 'Newcomer',
      email,
      phone: '+49 30 1234567',
      password: 'brand-new-pass-1',
    });

    await expect(page.getByRole('heading', { name: 'Hello, Robin' })).toBeVisible();
    await expect(page).toHaveURL(/\/account$/);
    const stored = await api.me((await account.sessionCookie())!);
    expect(stored).toMatchObject({
      email,
      firstName: 'Robin',
      lastName: 'Newcomer',
      phone: '+49 30 1234567',
    });
  });

  test('registering returns the shopper to the page they were headed for', async ({ page }) => {
    await page.goto('/account/register?returnTo=%2Faccount%2Fprofile');
    await registerHere(page, {
      firstName: 'Robin',
      lastName: 'Returner',
      email: uniqueEmail('register-return'),
      password: 'brand-new-pass-1',
    });
    await expect(page).toHaveURL(/\/account\/profile$/);
  });

  test('an email already in use gets a clear message and nothing typed is lost', async ({
    page,
    api,
  }) => {
    await page.goto('/account/register');
    await registerHere(page, {
      firstName: 'Dana',
      lastName: 'Again',
      email: SEEDED.demo.email,
      password: 'another-pass-1',
    });

    await expect(
      fieldError(
        page,
        'An account already uses this email address. Sign in, or reset your password.',
      ),
    ).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('First name')).toHaveValue('Dana');
    await expect(page.getByLabel('Last name')).toHaveValue('Again');
    // The existing account is untouched: its own password still works.
    expect(await api.canLogIn(SEEDED.demo.email, SEEDED.demo.password)).toBe(true);
  });

  test('a weak password is refused with the rule that it breaks', async ({ page }) => {
    await page.goto('/account/register');
    await registerHere(page, {
      firstName: 'Weak',
      lastName: 'Password',
      email: uniqueEmail('weak'),
      password: 'password',
    });
    await expect(
      page.getByRole('alert').filter({ hasText: 'Include at least one number.' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/account\/register$/);
  });
});

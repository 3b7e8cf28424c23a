import { SEEDED } from '../../tests/support/backends';
import { changePassword, fieldError, setNewPassword } from '../../tests/support/browser';
import { linkPath, waitForResetMail } from '../../tests/support/outbox';
import { expect, skipUnlessDeclared, test } from '../fixtures';

test.describe('profile', () => {
  test('a shopper changes their name and phone, and the backend stores them', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    await page.getByRole('link', { name: 'Profile' }).first().click();
    await expect(page.getByLabel('First name')).toHaveValue(customer.firstName);

    await page.getByLabel('First name').fill('Morgan');
    await page.getByLabel('Last name').fill('Updated');
    await page.getByLabel('Phone (optional)').fill('+33 1 23 45 67 89');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();

    expect(await api.me(customer.session)).toMatchObject({
      firstName: 'Morgan',
      lastName: 'Updated',
      phone: '+33 1 23 45 67 89',
    });
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { name: 'Hello, Morgan' })).toBeVisible();
  });

  test('the company the shopper buys for is kept where the backend keeps one, and shown on the overview', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/profile');
    const company = page.getByLabel('Company (optional)');
    if (!backend.capabilities.keepsCustomerCompany) {
      // Medusa v1 keeps a company on addresses only: the profile offers no field for it.
      await expect(company).toHaveCount(0);
      return;
    }
    await company.fill('Acme Trading Ltd');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();
    expect(await api.me(customer.session)).toMatchObject({ companyName: 'Acme Trading Ltd' });
    await page.goto('/account');
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(
      profile.getByRole('definition').filter({ hasText: 'Acme Trading Ltd' }),
    ).toBeVisible();

    await page.goto('/account/profile');
    await expect(company).toHaveValue('Acme Trading Ltd');
    await company.fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();
    expect(await api.me(customer.session)).toMatchObject({ companyName: null });
  });

  test('an empty required field is refused and the stored profile is unchanged', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/profile');
    await page.getByLabel('Last name').fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(fieldError(page, 'Enter your last name.')).toBeVisible();
    expect((await api.me(customer.session))?.lastName).toBe(customer.lastName);
  });

  test('the email changes only with the password, and not to one another account uses', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    skipUnlessDeclared(backend, 'canChangeEmail');
    const customer = await signedIn.newCustomer('/account/profile');

    const newEmail = customer.email.replace('e2e-', 'e2e-moved-');
    // A session alone is not enough: without the password, or with a wrong one, nothing is saved.
    await page.getByLabel('Email').fill(newEmail);
    await page.getByLabel('First name').fill('Changed');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(
      fieldError(page, 'Enter your password to change your email address.'),
    ).toBeVisible();
    await page.getByLabel('Your password').fill('not-my-password-1');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(fieldError(page, 'That is not your password.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(newEmail);
    expect(await api.me(customer.session)).toMatchObject({
      email: customer.email,
      firstName: customer.firstName,
    });

    await page.getByLabel('Email').fill(SEEDED.other.email);
    await page.getByLabel('Your password').fill(customer.password);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(
      fieldError(
        page,
        'An account already uses this email address. Sign in, or reset your password.',
      ),
    ).toBeVisible();
    expect((await api.me(customer.session))?.email).toBe(customer.email);

    await page.getByLabel('Email').fill(newEmail);
    await page.getByLabel('Your password').fill(customer.password);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();
    expect((await api.me(customer.session))?.email).toBe(newEmail);
    expect(await api.canLogIn(newEmail, customer.password)).toBe(true);
  });

  test('where the email cannot be changed, it is shown read-only with the reason', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    skipUnlessDeclared(backend, 'canChangeEmail', false);
    const customer = await signedIn.newCustomer('/account/profile');
    const email = page.getByLabel('Email');
    await expect(email).toHaveValue(customer.email);
    await expect(email).toHaveAttribute('readonly', '');
    await expect(email).toHaveAccessibleDescription(
      /does not let you change your email address here/,
    );
    // Saving the rest of the profile still works and leaves the email alone.
    await page.getByLabel('First name').fill('Readonly');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();
    expect(await api.me(customer.session)).toMatchObject({
      email: customer.email,
      firstName: 'Readonly',
    });
  });

  test('where passwords change only by email, the profile sends a reset link that works', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    skipUnlessDeclared(backend, 'canChangePasswordInPlace', false);
    const customer = await signedIn.newCustomer('/account/profile');
    await expect(page.getByLabel('Current password')).toHaveCount(0);
    const since = new Date(Date.now() - 1000);
    await page.getByRole('button', { name: 'Email me a link to change my password' }).click();
    await expect(
      page.getByText(`We have emailed ${customer.email} a link to choose a new password.`),
    ).toBeVisible();

    const mail = await waitForResetMail(backend.outboxFile, customer.email, since);
    await page.goto(linkPath(mail));
    await setNewPassword(page, 'emailed-pass-55');
    await expect(
      page.getByText('Your password has been changed. Sign in with your new password.'),
    ).toBeVisible();
    expect(await api.canLogIn(customer.email, 'emailed-pass-55')).toBe(true);
    expect(await api.canLogIn(customer.email, customer.password)).toBe(false);
  });

  test('changing the password asks for the current one first', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    skipUnlessDeclared(backend, 'canChangePasswordInPlace');
    const customer = await signedIn.newCustomer('/account/profile');

    await changePassword(page, 'not-my-password-1', 'changed-pass-44');
    await expect(fieldError(page, 'That is not your current password.')).toBeVisible();
    expect(await api.canLogIn(customer.email, customer.password)).toBe(true);

    await changePassword(page, customer.password, 'changed-pass-44');
    await expect(page.getByText('Your password has been changed.')).toBeVisible();
    await expect(page.getByLabel('Current password')).toHaveValue('');
    expect(await api.canLogIn(customer.email, 'changed-pass-44')).toBe(true);
    expect(await api.canLogIn(customer.email, customer.password)).toBe(false);
  });
});

test.describe('profile without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [what, name] of [
    ['a right-to-left override', 'Dana\u202Eevil'],
    ['a NUL', 'Da\u0000na'],
  ] as const) {
    test(`a first name holding ${what} is refused on the field and nothing is stored`, async ({
      page,
      api,
      signedIn,
    }) => {
      const customer = await signedIn.newCustomer('/account/profile');
      await page.getByLabel('First name').fill(name);
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect(
        fieldError(page, 'Remove the control or text-direction characters.'),
      ).toBeVisible();
      await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(/store is not responding/)).toHaveCount(0);
      expect((await api.me(customer.session))?.firstName).toBe(customer.firstName);
    });
  }
});

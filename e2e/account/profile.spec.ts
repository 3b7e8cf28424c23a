import { expect, SEEDED, test } from '../fixtures';

test.describe('profile', () => {
  test('a shopper changes their name and phone, and the backend stores them', async ({ page, account, customers, api }) => {
    const customer = await customers.create();
    await account.signIn(customer);
    await page.getByRole('link', { name: 'Profile' }).first().click();
    await expect(page.getByLabel('First name')).toHaveValue(customer.firstName);

    await page.getByLabel('First name').fill('Morgan');
    await page.getByLabel('Last name').fill('Updated');
    await page.getByLabel('Phone (optional)').fill('+33 1 23 45 67 89');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();

    expect(await api.me(customer.session)).toMatchObject({ firstName: 'Morgan', lastName: 'Updated', phone: '+33 1 23 45 67 89' });
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { name: 'Hello, Morgan' })).toBeVisible();
  });

  test('an empty required field is refused and the stored profile is unchanged', async ({ page, account, customers, api }) => {
    const customer = await customers.create();
    await account.signIn(customer);
    await page.goto('/account/profile');
    await page.getByLabel('Last name').fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Enter your last name.')).toBeVisible();
    expect((await api.me(customer.session))?.lastName).toBe(customer.lastName);
  });

  test('the email can be changed, but not to one another account uses', async ({ page, account, customers, api, backend }) => {
    test.skip(backend.version !== 'v1', 'capability canChangeEmail is false on this backend');
    const customer = await customers.create();
    await account.signIn(customer);
    await page.goto('/account/profile');

    await page.getByLabel('Email').fill(SEEDED.other.email);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('An account already uses this email address. Sign in, or reset your password.')).toBeVisible();
    expect((await api.me(customer.session))?.email).toBe(customer.email);

    const newEmail = customer.email.replace('e2e-', 'e2e-moved-');
    await page.getByLabel('Email').fill(newEmail);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();
    expect((await api.me(customer.session))?.email).toBe(newEmail);
    expect(await api.canLogIn(newEmail, customer.password)).toBe(true);
  });

  test('changing the password asks for the current one first', async ({ page, account, customers, api }) => {
    const customer = await customers.create();
    await account.signIn(customer);
    await page.goto('/account/profile');

    await page.getByLabel('Current password').fill('not-my-password-1');
    await page.getByLabel('New password', { exact: true }).fill('changed-pass-44');
    await page.getByLabel('Repeat new password').fill('changed-pass-44');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('That is not your current password.')).toBeVisible();
    expect(await api.canLogIn(customer.email, customer.password)).toBe(true);

    await page.getByLabel('Current password').fill(customer.password);
    await page.getByLabel('New password', { exact: true }).fill('changed-pass-44');
    await page.getByLabel('Repeat new password').fill('changed-pass-44');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Your password has been changed.')).toBeVisible();
    await expect(page.getByLabel('Current password')).toHaveValue('');
    expect(await api.canLogIn(customer.email, 'changed-pass-44')).toBe(true);
    expect(await api.canLogIn(customer.email, customer.password)).toBe(false);
  });
});

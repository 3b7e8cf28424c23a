import { expect, SEEDED, test } from '../fixtures';

test.describe('profile completeness on the overview', () => {
  test('says what is missing, links to where it is fixed, and goes once all is done', async ({
    page,
    account,
    customers,
    api,
  }) => {
    const customer = await customers.create();
    await account.signIn(customer);
    const panel = page.getByRole('region', { name: 'Complete your profile' });
    await expect(panel).toContainText('1 of 3 done.');
    const missing = panel.getByRole('list', { name: 'Still missing' });
    await expect(missing.getByRole('link')).toHaveText([
      'Add a phone number',
      'Add a shipping address',
    ]);

    await missing.getByRole('link', { name: 'Add a phone number' }).click();
    await expect(page).toHaveURL(/\/account\/profile#profile-phone$/);
    await page.getByLabel('Phone (optional)').fill('+44 113 496 0000');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Your profile has been saved.')).toBeVisible();

    await api.createAddress(customer.session, {
      first_name: 'Casey',
      last_name: 'Tester',
      address_1: '4 Mill Lane',
      city: 'Leeds',
      postal_code: 'LS1 1AA',
      country_code: 'gb',
    });
    await page.goto('/account');
    await expect(panel).toContainText('2 of 3 done.');
    await missing.getByRole('link', { name: 'Choose a default shipping address' }).click();
    await page.getByRole('button', { name: /^Make default shipping address: / }).click();
    await expect(page.getByText('Your default shipping address has been changed.')).toBeVisible();

    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
    await expect(panel).toHaveCount(0);
    expect(await api.me(customer.session)).toMatchObject({ phone: '+44 113 496 0000' });
    expect((await api.addresses(customer.session))[0]).toMatchObject({ isDefaultShipping: true });
  });

  test('a complete profile shows no panel', async ({ page, account }) => {
    await account.signIn(SEEDED.demo);
    await expect(page.getByRole('region', { name: 'Complete your profile' })).toHaveCount(0);
  });
});

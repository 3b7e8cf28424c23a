import { SEEDED } from '../../tests/support/backends';
import { png } from '../../tests/support/images';
import { expect, test } from '../fixtures';

test.describe('profile completeness on the overview', () => {
  test('says what is missing, links to where it is fixed, and goes once all is done', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    // A photo is one of the steps where the store keeps one (both dev backends do).
    const photo = backend.capabilities.storesProfilePhoto;
    const steps = photo ? 4 : 3;
    const customer = await signedIn.newCustomer();
    const panel = page.getByRole('region', { name: 'Complete your profile' });
    await expect(panel).toContainText(`1 of ${steps} done.`);
    const missing = panel.getByRole('list', { name: 'Still missing' });
    await expect(missing.getByRole('link')).toHaveText([
      'Add a phone number',
      'Add a shipping address',
      ...(photo ? ['Add a profile photo'] : []),
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
    await expect(panel).toContainText(`2 of ${steps} done.`);
    await missing.getByRole('link', { name: 'Choose a default shipping address' }).click();
    await page.getByRole('button', { name: /^Make default shipping address: / }).click();
    await expect(page.getByText('Your default shipping address has been changed.')).toBeVisible();

    if (photo) {
      await page.goto('/account');
      await expect(panel).toContainText(`3 of ${steps} done.`);
      await missing.getByRole('link', { name: 'Add a profile photo' }).click();
      await expect(page).toHaveURL(/\/account\/profile#profile-photo$/);
      await page.getByLabel('Choose a photo').setInputFiles({
        name: 'me.png',
        mimeType: 'image/png',
        buffer: await png(),
      });
      await page.getByRole('button', { name: 'Upload photo' }).click();
      await expect(page.getByText('Your photo has been saved.')).toBeVisible();
    }

    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
    await expect(panel).toHaveCount(0);
    expect(await api.me(customer.session)).toMatchObject({ phone: '+44 113 496 0000' });
    expect((await api.addresses(customer.session))[0]).toMatchObject({ isDefaultShipping: true });
  });

  test('the seeded demo customer lacks only a photo, where the store keeps one', async ({
    page,
    account,
    backend,
  }) => {
    await account.signIn(SEEDED.demo);
    const panel = page.getByRole('region', { name: 'Complete your profile' });
    if (backend.capabilities.storesProfilePhoto) {
      await expect(panel.getByRole('link')).toHaveText(['Add a profile photo']);
      // No photo: the initials stand in for it, over the navigation too.
      await expect(page.getByRole('complementary')).toContainText('DD');
    } else {
      await expect(panel).toHaveCount(0);
    }
  });
});

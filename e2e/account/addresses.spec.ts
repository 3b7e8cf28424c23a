import { SEEDED } from '../../tests/support/backends';
import { fieldError, saveAddressForm } from '../../tests/support/browser';
import { expect, test } from '../fixtures';

test.describe('address book', () => {
  test('the demo customer sees both saved addresses, the default one marked', async ({
    page,
    signedIn,
  }) => {
    await signedIn.as(SEEDED.demo, '/account/addresses');
    const cards = page.getByRole('listitem');
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText('Default shipping address');
    await expect(cards.first()).toContainText('12 Market Street');
    await expect(page.getByText('Torstraße 5')).toBeVisible();
  });

  test('a shopper adds, edits, makes default and deletes an address; the backend follows', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/addresses');
    await expect(page.getByText('Your address book is empty.')).toBeVisible();

    await page.getByRole('link', { name: 'Add address' }).click();
    await expect(page.getByRole('heading', { name: 'Add an address' })).toBeVisible();
    const countries = await page.getByLabel('Country').locator('option').allTextContents();
    expect(countries).toEqual(
      expect.arrayContaining([
        'United Kingdom',
        'Germany',
        'France',
        'Spain',
        'Italy',
        'Netherlands',
        'Sweden',
      ]),
    );
    await saveAddressForm(page, {
      address1: '1 Canal Street',
      city: 'Amsterdam',
      postalCode: '1011 AB',
      country: 'Netherlands',
    });
    await expect(page.getByText('The address has been added.')).toBeVisible();
    await expect(page.getByText('1 Canal Street')).toBeVisible();

    await page.getByRole('link', { name: 'Add address' }).click();
    await saveAddressForm(page, {
      address1: '9 Via Roma',
      city: 'Milano',
      postalCode: '20121',
      country: 'Italy',
      company: 'Casey Srl',
    });
    await expect(page.getByText('9 Via Roma')).toBeVisible();
    let stored = await api.addresses(customer.session);
    expect(stored.map((a) => a.address1).sort()).toEqual(['1 Canal Street', '9 Via Roma']);

    await page.getByRole('link', { name: /^Edit .*1 Canal Street/ }).click();
    await expect(page.getByLabel('Street address')).toHaveValue('1 Canal Street');
    await page.getByLabel('Street address').fill('2 Canal Street');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('The address has been updated.')).toBeVisible();
    stored = await api.addresses(customer.session);
    expect(stored.find((a) => a.address1 === '2 Canal Street')).toMatchObject({
      city: 'Amsterdam',
      countryCode: 'nl',
    });

    await page
      .getByRole('button', { name: /^Make default shipping address: .*9 Via Roma/ })
      .click();
    await expect(page.getByText('Your default shipping address has been changed.')).toBeVisible();
    await expect(page.getByRole('listitem').first()).toContainText('9 Via Roma');
    stored = await api.addresses(customer.session);
    expect(stored.find((a) => a.isDefaultShipping)?.address1).toBe('9 Via Roma');
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('region', { name: 'Default shipping address' })).toContainText(
      '9 Via Roma',
    );

    await page.goto('/account/addresses');
    const canal = page.getByRole('listitem', { name: /2 Canal Street/ });
    await canal.getByRole('button', { name: /^Delete / }).click();
    await canal.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByText('The address has been deleted.')).toBeVisible();
    await expect(page.getByText('2 Canal Street')).toHaveCount(0);
    stored = await api.addresses(customer.session);
    expect(stored.map((a) => a.address1)).toEqual(['9 Via Roma']);
  });

  test('missing required fields are named and nothing is saved', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/addresses/new');
    await page.getByLabel('City').fill('Paris');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(fieldError(page, 'Enter the street address.')).toBeVisible();
    await expect(fieldError(page, 'Enter the postal code.')).toBeVisible();
    await expect(fieldError(page, 'Choose a country.')).toBeVisible();
    await expect(page.getByLabel('City')).toHaveValue('Paris');
    expect(await api.addresses(customer.session)).toEqual([]);
  });

  test('another customer’s address cannot be opened for editing', async ({
    page,
    account,
    api,
  }) => {
    const otherSession = await api.logIn(SEEDED.other.email, SEEDED.other.password);
    const [othersAddress] = await api.addresses(otherSession);
    await account.signIn(SEEDED.demo);
    const response = await page.goto(`/account/addresses/${othersAddress!.id}/edit`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(othersAddress!.address1)).toHaveCount(0);
  });
});

test.describe('address book without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an address can be added, and server-side checks report what is missing', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/addresses/new');
    await page.getByLabel('Street address').fill('5 Kungsgatan');
    await page.getByLabel('City').fill('Stockholm');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(fieldError(page, 'Enter the postal code.')).toBeVisible();
    await expect(fieldError(page, 'Choose a country.')).toBeVisible();
    await expect(page.getByLabel('Street address')).toHaveValue('5 Kungsgatan');

    await page.getByLabel('Postal code').fill('111 43');
    await page.getByLabel('Country').selectOption({ label: 'Sweden' });
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByText('The address has been added.')).toBeVisible();
    const stored = await api.addresses(customer.session);
    expect(stored).toEqual([
      expect.objectContaining({ address1: '5 Kungsgatan', city: 'Stockholm', countryCode: 'se' }),
    ]);
  });

  test('deleting asks to confirm with a real button; "Keep it" keeps the address', async ({
    page,
    customers,
    api,
    signedIn,
  }) => {
    const customer = await customers.create();
    await api.createAddress(customer.session, {
      first_name: 'Casey',
      last_name: 'Tester',
      address_1: '7 Keep Lane',
      city: 'Leeds',
      postal_code: 'LS1 1AA',
      country_code: 'gb',
    });
    await signedIn.as(customer, '/account/addresses');
    const card = page.getByRole('listitem', { name: /7 Keep Lane/ });

    await card.getByRole('button', { name: /^Delete / }).click();
    await expect(card.getByText('Delete this address?')).toBeVisible();
    await card.getByRole('link', { name: 'Keep it' }).click();
    await expect(card.getByText('Delete this address?')).toHaveCount(0);
    expect((await api.addresses(customer.session)).map((a) => a.address1)).toEqual(['7 Keep Lane']);

    await card.getByRole('button', { name: /^Delete / }).click();
    await card.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByText('The address has been deleted.')).toBeVisible();
    expect(await api.addresses(customer.session)).toEqual([]);
  });
});

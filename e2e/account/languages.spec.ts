import type { Page } from '@playwright/test';

import { formatsFor } from '../../lib/i18n/format';
import { productTitle, SEEDED } from '../../tests/support/backends';
import { signInHere, uniqueEmail } from '../../tests/support/browser';
import { expect, test, type TestCustomer } from '../fixtures';

// The account area in German and in French, on both Medusa versions: the browser asks for the
// language (Accept-Language), every word on the way is the catalogue's, dates and money are
// written as the language writes them, and what the shopper does reaches the backend. Then the
// language switcher, with JavaScript off, and the choice following the customer to another
// browser. The words are spelt out here as a shopper reads them, not read from the catalogues.

type Words = {
  browserLocale: string;
  signInTitle: string;
  email: string;
  password: string;
  signIn: string;
  problem: string;
  emailRequired: string;
  passwordRequired: string;
  wrongPassword: string;
  greeting: (firstName: string) => string;
  addresses: string;
  addAddress: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
  germany: string;
  saveAddress: string;
  streetRequired: string;
  added: string;
  edit: string;
  saveChanges: string;
  updated: string;
  orders: string;
  ordersInTotal: (count: number) => string;
  pageOneOf: (pages: number) => string;
  orderNumber: (displayId: number) => string;
  placedOn: string;
  signOut: string;
  signedOut: string;
  languageName: string;
};

const WORDS: Record<'de' | 'fr', Words> = {
  de: {
    browserLocale: 'de-DE',
    signInTitle: 'Anmelden',
    email: 'E-Mail',
    password: 'Passwort',
    signIn: 'Anmelden',
    problem: 'Es gibt ein Problem',
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
    passwordRequired: 'Geben Sie Ihr Passwort ein.',
    wrongPassword: 'Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.',
    greeting: (firstName) => `Hallo ${firstName}`,
    addresses: 'Adressen',
    addAddress: 'Adresse hinzufügen',
    street: 'Straße und Hausnummer',
    city: 'Ort',
    postalCode: 'Postleitzahl',
    country: 'Land',
    germany: 'Deutschland',
    saveAddress: 'Adresse speichern',
    streetRequired: 'Geben Sie Straße und Hausnummer ein.',
    added: 'Die Adresse wurde hinzugefügt.',
    edit: 'Bearbeiten',
    saveChanges: 'Änderungen speichern',
    updated: 'Die Adresse wurde aktualisiert.',
    orders: 'Bestellungen',
    ordersInTotal: (count) => `${count} Bestellungen insgesamt`,
    pageOneOf: (pages) => `Seite 1 von ${pages}`,
    orderNumber: (displayId) => `Bestellung Nr. ${displayId}`,
    placedOn: 'Bestellt am',
    signOut: 'Abmelden',
    signedOut: 'Sie wurden abgemeldet.',
    languageName: 'Deutsch',
  },
  fr: {
    browserLocale: 'fr-FR',
    signInTitle: 'Se connecter',
    email: 'E-mail',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    problem: 'Il y a un problème',
    emailRequired: 'Saisissez votre adresse e-mail.',
    passwordRequired: 'Saisissez votre mot de passe.',
    wrongPassword: 'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte.',
    greeting: (firstName) => `Bonjour ${firstName}`,
    addresses: 'Adresses',
    addAddress: 'Ajouter une adresse',
    street: 'Adresse',
    city: 'Ville',
    postalCode: 'Code postal',
    country: 'Pays',
    germany: 'Allemagne',
    saveAddress: 'Enregistrer l’adresse',
    streetRequired: 'Saisissez l’adresse.',
    added: 'L’adresse a été ajoutée.',
    edit: 'Modifier',
    saveChanges: 'Enregistrer les modifications',
    updated: 'L’adresse a été mise à jour.',
    orders: 'Commandes',
    ordersInTotal: (count) => `${count} commandes au total`,
    pageOneOf: (pages) => `Page 1 sur ${pages}`,
    orderNumber: (displayId) => `Commande n° ${displayId}`,
    placedOn: 'Passée le',
    signOut: 'Se déconnecter',
    signedOut: 'La déconnexion a bien été effectuée.',
    languageName: 'Français',
  },
};

/** Signs in through the form in the page's language and waits for the overview. */
async function signInAs(page: Page, words: Words, who: { email: string; password: string }) {
  await page.getByLabel(words.email, { exact: true }).fill(who.email);
  await page.getByLabel(words.password, { exact: true }).fill(who.password);
  await page.getByRole('button', { name: words.signIn, exact: true }).click();
}

/** The names of the address form's text fields, in the order the form shows them. */
const fieldOrder = (page: Page) =>
  page
    .locator('form input[type="text"], form input:not([type])')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));

for (const [language, words] of Object.entries(WORDS)) {
  test.describe(`the account in ${words.languageName}`, () => {
    test.use({ locale: words.browserLocale });

    test('sign in past a refused form, add and edit an address, sign out', async ({
      page,
      api,
      customers,
    }) => {
      const customer = await customers.create();
      await page.goto('/account/login');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1, name: words.signInTitle })).toBeVisible();

      // Refused in the browser, with each field's message; then by the server.
      await page.getByRole('button', { name: words.signIn, exact: true }).click();
      const summary = page.getByRole('group', { name: words.problem });
      await expect(summary.getByRole('link')).toHaveText([
        words.emailRequired,
        words.passwordRequired,
      ]);
      await expect(page.getByLabel(words.email, { exact: true })).toHaveAccessibleDescription(
        words.emailRequired,
      );
      await signInAs(page, words, { email: customer.email, password: 'not-the-password-1' });
      await expect(summary).toContainText(words.wrongPassword);

      await signInAs(page, words, customer);
      await expect(
        page.getByRole('heading', { level: 1, name: words.greeting(customer.firstName) }),
      ).toBeVisible();

      // An address, in a country that writes the postal code before the city.
      await page.getByRole('link', { name: words.addresses, exact: true }).click();
      await page.getByRole('link', { name: words.addAddress }).click();
      await page.getByLabel(words.country, { exact: true }).selectOption({ label: words.germany });
      const order = await fieldOrder(page);
      expect(order.indexOf('postalCode')).toBeLessThan(order.indexOf('city'));
      await page.getByLabel(words.city, { exact: true }).fill('Berlin');
      await page.getByLabel(words.postalCode, { exact: true }).fill('10115');
      await page.getByRole('button', { name: words.saveAddress }).click();
      await expect(summary.getByRole('link')).toHaveText([words.streetRequired]);
      await page.getByLabel(words.street, { exact: true }).fill('Torstraße 5');
      await page.getByRole('button', { name: words.saveAddress }).click();
      await expect(page.getByText(words.added)).toBeVisible();
      await expect
        .poll(async () => (await api.addresses(customer.session)).map((a) => a.address1))
        .toEqual(['Torstraße 5']);

      await page.getByRole('link', { name: new RegExp(`^${words.edit}`) }).click();
      await page.getByLabel(words.street, { exact: true }).fill('Torstraße 7');
      await page.getByRole('button', { name: words.saveChanges }).click();
      await expect(page.getByText(words.updated)).toBeVisible();
      const [stored] = await api.addresses(customer.session);
      expect(stored).toMatchObject({
        address1: 'Torstraße 7',
        city: 'Berlin',
        postalCode: '10115',
      });

      await page.getByRole('button', { name: words.signOut, exact: true }).click();
      await expect(page.getByText(words.signedOut)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });

    test('the orders list and an order, with the language’s dates, money and product names', async ({
      page,
      api,
      backend,
    }) => {
      // Medusa v2 with its translations on names the products in the shopper's language; v1
      // has no translations, so the names are as the store keeps them.
      const product = productTitle(
        SEEDED.demo.newestOrderProduct,
        backend.capabilities.translatesProductTitles ? language : undefined,
      );
      if (backend.capabilities.translatesProductTitles) {
        expect(product).not.toBe(productTitle(SEEDED.demo.newestOrderProduct));
      }
      const orders = await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
      const newest = orders[0]!;
      const formats = formatsFor(language, 'UTC');
      await page.goto('/account/login');
      await signInAs(page, words, SEEDED.demo);
      await page.getByRole('link', { name: words.orders, exact: true }).first().click();
      await expect(page.getByText(words.ordersInTotal(SEEDED.demo.orderCount))).toBeVisible();
      await expect(page.getByText(words.pageOneOf(Math.ceil(orders.length / 10)))).toBeVisible();
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: words.orderNumber(newest.displayId) }) });
      await expect(row).toContainText(formats.date(newest.createdAt));
      await expect(row).toContainText(product);

      await row.getByRole('link', { name: words.orderNumber(newest.displayId) }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: words.orderNumber(newest.displayId) }),
      ).toBeVisible();
      await expect(page.getByText(words.placedOn)).toBeVisible();
      await expect(page.getByText(formats.date(newest.createdAt))).toBeVisible();
      await expect(page.getByRole('row', { name: new RegExp(product) })).toBeVisible();
      // Amounts are written the language's way, "12,50 €" in both, never "€12.50".
      const amounts = (await page.getByRole('cell').allTextContents()).filter((text) =>
        text.includes('€'),
      );
      expect(amounts.filter((amount) => /^\d[\d\s.]*,\d\d\s€$/.test(amount))).not.toEqual([]);
      expect(amounts.filter((amount) => /€\s?\d/.test(amount))).toEqual([]);
    });
  });
}

test.describe('the language switcher, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });

  test('changes the page’s language where it is, and keeps it for the customer', async ({
    page,
    api,
    customers,
  }) => {
    const customer = await customers.create();
    await page.goto('/account/login?returnTo=%2Faccount%2Faddresses');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await page.getByRole('button', { name: 'Change language', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/login\?returnTo=%2Faccount%2Faddresses$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();

    // Signed in, the return address still holds; the choice was this browser's only so far.
    await signInAs(page, WORDS.de, customer);
    await expect(page).toHaveURL(/\/account\/addresses$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Adressen' })).toBeVisible();
    expect((await api.metadata(customer.session)).preferred_locale).toBeUndefined();

    await page.getByLabel('Sprache').selectOption({ label: 'Français' });
    await page.getByRole('button', { name: 'Sprache ändern', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/addresses$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Adresses' })).toBeVisible();
    expect((await api.metadata(customer.session)).preferred_locale).toBe('fr');
  });
});

test('offers only the store’s languages, and a made-up one changes nothing', async ({ page }) => {
  await page.goto('/account/login');
  const names = await page.getByLabel('Language').locator('option').allTextContents();
  expect(names).toEqual([
    'English',
    'Deutsch',
    'Français',
    'Español',
    'Italiano',
    'Nederlands',
    'Svenska',
  ]);
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
  await page.getByRole('button', { name: 'Change language', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // A tampered post: a language the store has not got leaves the choice as it was.
  await page
    .getByLabel('Sprache')
    .evaluate((select) => ((select as HTMLSelectElement).options[2]!.value = 'xx'));
  await page.getByLabel('Sprache').selectOption({ index: 2 });
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Sprache ändern', exact: true }).click();
  await answered;
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a language chosen before registering is the new account’s, on every device', async ({
  page,
  api,
  account,
}) => {
  await page.goto('/account/register');
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
  await page.getByRole('button', { name: 'Change language', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konto erstellen' })).toBeVisible();
  await page.getByLabel('Vorname').fill('Greta');
  await page.getByLabel('Nachname').fill('Neu');
  await page.getByLabel('E-Mail').fill(uniqueEmail('register-de'));
  await page.getByLabel('Passwort').fill('brand-new-pass-1');
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hallo Greta' })).toBeVisible();
  const session = (await account.sessionCookie())!;
  await expect.poll(async () => (await api.metadata(session)).preferred_locale).toBe('de');
});

test('the chosen language follows the customer to another browser', async ({
  page,
  browser,
  customers,
}) => {
  const customer: TestCustomer = await customers.create();
  await page.goto('/account/login');
  await signInHere(page, customer);
  await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: 'Svenska' });
  await page.getByRole('button', { name: 'Change language', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  // Another browser, asking for English: signed out it is English, signed in it is Swedish.
  const other = await browser.newContext({ locale: 'en-GB', baseURL: new URL(page.url()).origin });
  try {
    const second = await other.newPage();
    await second.goto('/account/login');
    await expect(second.locator('html')).toHaveAttribute('lang', 'en');
    await signInHere(second, customer);
    await expect(second.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(
      second.getByRole('heading', { level: 1, name: `Hej ${customer.firstName}` }),
    ).toBeVisible();
  } finally {
    await other.close();
  }
});

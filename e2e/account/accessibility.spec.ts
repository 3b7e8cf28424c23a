import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { downStorefrontUrl, PERSONAS, SEEDED } from '../../tests/support/backends';
import {
  errorSummary,
  fillAddressForm,
  saveAddressForm,
  setSessionCookie,
  signInHere,
  signOut,
  uniqueEmail,
} from '../../tests/support/browser';
import { linkPath, waitForClaimMail } from '../../tests/support/outbox';
import { totpCode, wrongCode } from '../../tools/lib/totp';
import { expect, test, type TestCustomer } from '../fixtures';

// WCAG 2.2 AA on every page, in each state that matters, on both Medusa versions: axe finds
// what a machine can, the keyboard journey and the focus checks what it cannot. No axe rule
// is turned off.

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    `axe on ${state}`,
  ).toEqual([]);
}

/** Loads `path` and waits for its main heading before axe looks at it. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('axe finds nothing', () => {
  test('on the signed-out pages: empty, with errors, with notices', async ({ page }) => {
    await visit(page, '/account/login');
    await expectNoViolations(page, 'sign-in, empty');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'sign-in, both fields missing');
    await signInHere(page, { email: 'nobody@example.com', password: 'wrong-password-1' });
    await expect(errorSummary(page)).toContainText('do not match');
    await expectNoViolations(page, 'sign-in, refused');

    await visit(page, '/account/login?notice=expired');
    await expect(page.getByText('Your session has expired.')).toBeVisible();
    await expectNoViolations(page, 'the expired-session notice');
    await visit(page, '/account/login?notice=signed-out');
    await expectNoViolations(page, 'the signed-out notice');

    await visit(page, '/account/register');
    await expectNoViolations(page, 'register, empty');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'register, with errors');

    await visit(page, '/account/forgot-password');
    await expectNoViolations(page, 'forgot password');
    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByText(/If an account exists/)).toBeVisible();
    await expectNoViolations(page, 'forgot password, sent');

    await visit(page, '/account/reset-password');
    await expectNoViolations(page, 'a reset link that is incomplete');
    await visit(page, '/account/reset-password?link=invalid');
    await expectNoViolations(page, 'a reset link that has expired');
  });

  test('on the error pages', async ({ page, context, account }) => {
    await visit(page, '/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoViolations(page, 'a page that does not exist');

    await account.signIn(SEEDED.demo);
    await visit(page, '/account/orders/order_01MADEUP0000000000000000');
    await expect(page.getByRole('heading', { name: 'Order not found' })).toBeVisible();
    await expectNoViolations(page, 'an order that is not the customer’s');

    const down = downStorefrontUrl();
    await setSessionCookie(context, down, { backendSession: 'some-session' });
    await visit(page, `${down}/account`);
    await expect(
      page.getByRole('heading', { name: 'We can’t show your account right now' }),
    ).toBeVisible();
    await expectNoViolations(page, 'the store-unavailable page');
  });

  test('on every account page of a customer with everything filled in', async ({
    page,
    account,
    api,
  }) => {
    await account.signIn(SEEDED.demo);
    for (const [path, state] of [
      ['/account', 'the overview'],
      ['/account/profile', 'the profile'],
      ['/account/addresses', 'the address book'],
      ['/account/addresses/new', 'a new address'],
      ['/account/orders', 'the orders, page 1'],
      ['/account/orders?page=3', 'the orders, last page'],
    ] as const) {
      await visit(page, path);
      await expectNoViolations(page, state);
    }
    const [newest] = await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
    await visit(page, `/account/orders/${newest!.id}`);
    await expectNoViolations(page, 'an order not yet shipped');
    await visit(page, `/account/orders/${newest!.id}/receipt`);
    await expect(page.getByRole('button', { name: 'Print receipt' })).toBeVisible();
    await expectNoViolations(page, 'an order’s receipt');
    await page.emulateMedia({ media: 'print' });
    await expectNoViolations(page, 'an order’s receipt, printed');
    await page.emulateMedia({ media: 'screen' });

    const [first] = await api.addresses(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
    await visit(page, `/account/addresses/${first!.id}/edit`);
    await expectNoViolations(page, 'editing an address');
    await page.getByLabel('Street address').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'an address form showing errors');

    await visit(page, `/account/addresses?confirm=${encodeURIComponent(first!.id)}`);
    await expect(page.getByRole('button', { name: 'Yes, delete' })).toBeVisible();
    await expectNoViolations(page, 'the confirmation step of a delete');

    await visit(page, '/account/profile');
    await page.getByLabel('Last name').fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'the profile showing errors');
  });

  test('on every page of a new customer with nothing yet', async ({ page, signedIn }) => {
    await signedIn.newCustomer();
    for (const [path, state] of [
      ['/account', 'the overview, empty'],
      ['/account/addresses', 'the address book, empty'],
      ['/account/orders', 'the orders, none'],
    ] as const) {
      await visit(page, path);
      await expectNoViolations(page, state);
    }
  });

  test('on the return journey: the form, a refusal, the summary, and an order with nothing to send back', async ({
    page,
    account,
    api,
  }) => {
    // Nothing is confirmed, so the persona's order stays as seeded.
    const persona = PERSONAS.returnable;
    const [newer] = await api.orders(await api.logIn(persona.email, persona.password));
    await account.signIn(persona);
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await visit(page, `/account/orders/${newer!.id}/return`);
      await expectNoViolations(page, `the return form at ${viewport.width}px`);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(errorSummary(page)).toBeFocused();
      await expectNoViolations(page, `the return form with nothing chosen at ${viewport.width}px`);
      const beanie = page.getByRole('group', { name: /Wool Beanie/ });
      await beanie.getByLabel('How many to send back').selectOption('1');
      await beanie.getByLabel('Reason').selectOption({ label: 'Damaged' });
      await page.getByLabel(/Anything the store should know/).fill('The brim came unstitched.');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { name: 'Check your return' })).toBeFocused();
      await expectNoViolations(page, `the return's summary at ${viewport.width}px`);
    }

    await signOut(page);
    await account.signIn(SEEDED.demo);
    const [unshipped] = await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
    await visit(page, `/account/orders/${unshipped!.id}/return`);
    await expect(page.getByText(/^Nothing in this order can be sent back now\./)).toBeVisible();
    await expectNoViolations(page, 'the return page of an order with nothing to send back');
  });

  for (const key of ['shipped', 'partial', 'delivered', 'cancelled', 'refunded'] as const) {
    test(`on the orders of the ${key} persona, on a desktop and a phone`, async ({
      page,
      account,
      api,
    }) => {
      const persona = PERSONAS[key];
      const orders = await api.orders(await api.logIn(persona.email, persona.password));
      await account.signIn(persona);
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await visit(page, '/account/orders');
        await expectNoViolations(page, `${key}'s orders at ${viewport.width}px`);
        for (const order of orders) {
          await visit(page, `/account/orders/${order.id}`);
          await expectNoViolations(
            page,
            `${key}'s order #${order.displayId} at ${viewport.width}px`,
          );
          await visit(page, `/account/orders/${order.id}/receipt`);
          await expectNoViolations(
            page,
            `${key}'s receipt for order #${order.displayId} at ${viewport.width}px`,
          );
        }
      }
    });
  }
});

/**
 * Whether the focused element shows it: an outline, or a ring (box shadow) for form controls.
 * Null when the focus has left the page (past its last control, to the browser's own).
 */
async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outlined || style.boxShadow !== 'none';
  });
}

/** Presses Tab until `target` has the focus, checking at every stop that the focus shows. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const visible = await focusIsVisible(page);
    if (visible !== null)
      expect(visible, 'the focused element shows that it has the focus').toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test.describe('axe finds nothing in German', () => {
  // Labels, names and the page's language are the catalogue's: axe checks them in German too.
  test('on the account pages, the sign-in page and a refused form', async ({
    page,
    context,
    account,
    api,
  }) => {
    await account.signIn(SEEDED.demo);
    await context.addCookies([
      { name: 'account_locale', value: 'de', domain: new URL(page.url()).hostname, path: '/' },
    ]);
    const [newest] = await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
    for (const [path, state] of [
      ['/account', 'the overview'],
      ['/account/profile', 'the profile'],
      ['/account/profile/two-step', 'two-step sign-in'],
      ['/account/addresses', 'the address book'],
      ['/account/addresses/new', 'a new address'],
      ['/account/orders', 'the orders'],
      [`/account/orders/${newest!.id}`, 'an order'],
      [`/account/orders/${newest!.id}/receipt`, 'a receipt'],
      ['/account/orders/claim', 'adding a guest order'],
    ] as const) {
      await visit(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expectNoViolations(page, `${state}, in German`);
    }
    await visit(page, '/account/addresses/new');
    await page.getByRole('button', { name: 'Adresse speichern' }).click();
    await expect(errorSummary(page, 'Es gibt ein Problem')).toBeFocused();
    await expectNoViolations(page, 'an address form showing errors, in German');

    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await expect(page.getByText('Sie wurden abgemeldet.')).toBeVisible();
    await expectNoViolations(page, 'sign-in after signing out, in German');
    await visit(page, '/account/register');
    await expectNoViolations(page, 'register, in German');
  });
});

test.describe('axe finds nothing in adding an order placed without an account', () => {
  test('the form empty, with an error and sent; the confirm page ready, for another account, used and unusable', async ({
    page,
    api,
    backend,
    customers,
    account,
    signedIn,
  }) => {
    // Bought as a guest, then made the account (v2 takes a guest checkout with an account's
    // email into that account at once).
    const email = uniqueEmail('axe-guest');
    const orderId = await api.placeOrder(email);
    const shopper = await customers.create({ email });
    await account.signIn(shopper);

    await visit(page, '/account/orders/claim');
    await expectNoViolations(page, 'the guest-order form, empty');
    await page.getByRole('button', { name: 'Email me a confirmation link' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'the guest-order form with an error');
    const since = new Date(Date.now() - 1000);
    await page.getByLabel('Order id').fill(orderId);
    await page.getByRole('button', { name: 'Email me a confirmation link' }).click();
    await expect(page.getByText(/We have emailed a confirmation link/)).toBeVisible();
    await expectNoViolations(page, 'the guest-order form, sent');

    const mail = await waitForClaimMail(backend.outboxFile, email, orderId, since);
    await visit(page, linkPath(mail));
    await expect(page.getByRole('button', { name: 'Add the order to my account' })).toBeVisible();
    await expectNoViolations(page, 'the confirm page, ready');

    await signOut(page);
    await signedIn.newCustomer();
    await visit(page, linkPath(mail));
    await expect(
      page.getByRole('heading', { name: 'This link is for another account' }),
    ).toBeVisible();
    await expectNoViolations(page, 'the confirm page, a link for another account');

    await signOut(page);
    await account.signIn(shopper);
    await visit(page, linkPath(mail));
    await page.getByRole('button', { name: 'Add the order to my account' }).click();
    await expect(page.getByText('The order has been added to your account.')).toBeVisible();
    await expectNoViolations(page, 'the order just added, with its notice');
    await visit(page, linkPath(mail));
    await expect(
      page.getByRole('heading', { name: 'This order is already in your account' }),
    ).toBeVisible();
    await expectNoViolations(page, 'the confirm page, a link already used');

    await visit(page, '/account/orders/claim/confirm?done=unusable');
    await expect(page.getByRole('heading', { name: 'This link can’t be used' })).toBeVisible();
    await expectNoViolations(page, 'the confirm page, a link that cannot be used');
  });
});

test.describe('axe finds nothing in two-step sign-in', () => {
  test('setting it up, the recovery codes, managing it, and the second page of a sign-in', async ({
    page,
    backend,
    signedIn,
  }) => {
    test.skip(!backend.capabilities.offersTwoStepSignIn, 'Medusa v1 has no second factor');
    const customer = await signedIn.newCustomer();
    await visit(page, '/account/profile');
    await page.locator('#sign-in-security').getByLabel('Your password').fill(customer.password);
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await expectNoViolations(page, 'the set-up with its QR code');
    const secret = ((await page.getByTestId('two-step-secret').textContent()) ?? '').replaceAll(
      ' ',
      '',
    );
    await page.getByLabel('6-digit code').fill(wrongCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'the set-up with a wrong code');
    await page.getByLabel('6-digit code').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByTestId('recovery-codes')).toBeVisible();
    await expectNoViolations(page, 'the recovery codes and the forms that manage it');
    const renew = page.locator('section', {
      has: page.getByRole('heading', { name: 'New recovery codes' }),
    });
    await renew.getByLabel('Your password').fill(customer.password);
    await renew.getByLabel(/Code from your authenticator app/).fill(totpCode(secret));
    await renew.getByRole('button', { name: 'Get new recovery codes' }).click();
    await expect(renew.getByTestId('recovery-codes')).toBeVisible();
    await expectNoViolations(page, 'new recovery codes');

    await signOut(page);
    await page.goto('/account/login');
    await signInHere(page, customer);
    await expect(page.getByLabel('6-digit code')).toBeVisible();
    // The sign-in posts and the browser moves to this page on its own: its title comes with it.
    await expect(page).toHaveTitle(/Two-step sign-in/);
    await expectNoViolations(page, 'the second page of a sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expectNoViolations(page, 'the second page with the code missing');
    await page.getByRole('link', { name: 'Lost your phone? Use a recovery code' }).click();
    await expect(page.getByLabel('Recovery code')).toBeVisible();
    await expectNoViolations(page, 'the second page with a recovery code');
  });
});

test.describe('with the keyboard alone', () => {
  test('sign in, add an address, make it the default, delete another, page through orders', async ({
    page,
    customers,
    api,
  }) => {
    const customer: TestCustomer = await customers.create();
    await api.createAddress(customer.session, {
      first_name: 'Casey',
      last_name: 'Tester',
      address_1: '5 Old Road',
      city: 'Leeds',
      postal_code: 'LS1 1AA',
      country_code: 'gb',
    });

    await page.goto('/account/login');
    await typeInto(page, page.getByLabel('Email'), customer.email);
    await typeInto(page, page.getByLabel('Password'), customer.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();

    await tabTo(page, page.getByRole('link', { name: 'Addresses', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Addresses' })).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: 'Add address' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Add an address' })).toBeVisible();
    await typeInto(page, page.getByLabel('Street address'), '9 New Street');
    await typeInto(page, page.getByLabel('City'), 'York');
    await typeInto(page, page.getByLabel('Postal code'), 'YO1 7HH');
    await tabTo(page, page.getByLabel('Country'));
    await page.keyboard.type('United Kingdom');
    await expect(page.getByLabel('Country')).toHaveValue('gb');
    await tabTo(page, page.getByRole('button', { name: 'Save address' }));
    await page.keyboard.press('Enter');
    // The outcome takes the focus, so it is read out.
    await expect(
      page.getByRole('status').filter({ hasText: 'The address has been added.' }),
    ).toBeFocused();

    const added = page.getByRole('listitem', { name: /9 New Street/ });
    await tabTo(page, added.getByRole('button', { name: /^Make default shipping address: / }));
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Your default shipping address has been changed.' }),
    ).toBeFocused();
    await expect(page.getByRole('listitem', { name: /9 New Street/ })).toContainText(
      'Default shipping address',
    );

    const old = page.getByRole('listitem', { name: /5 Old Road/ });
    await tabTo(page, old.getByRole('button', { name: /^Delete / }));
    await page.keyboard.press('Enter');
    // The confirmation takes the focus on its button.
    await expect(old.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'The address has been deleted.' }),
    ).toBeFocused();
    const stored = await api.addresses(customer.session);
    expect(stored.map((a) => [a.address1, a.isDefaultShipping])).toEqual([['9 New Street', true]]);

    // Sign out, and page through the orders of the customer who has three pages of them.
    await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await typeInto(page, page.getByLabel('Email'), SEEDED.demo.email);
    await typeInto(page, page.getByLabel('Password'), SEEDED.demo.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: 'Orders', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Page 1 of 3')).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: 'Next page' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
    // The flip moved the focus to the list's heading, and it shows.
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeFocused();
    expect(await focusIsVisible(page)).toBe(true);
    await tabTo(page, page.getByRole('link', { name: 'Next page' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Page 3 of 3')).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: 'Previous page' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
  });
});

test.describe('focus and announcements', () => {
  test('after a failed submit the summary has the focus and links to each invalid field', async ({
    page,
    signedIn,
  }) => {
    await signedIn.newCustomer();
    await page.goto('/account/addresses/new');
    await page.getByRole('button', { name: 'Save address' }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    for (const [message, label] of [
      ['Enter the street address.', 'Street address'],
      ['Enter the city.', 'City'],
      ['Enter the postal code.', 'Postal code'],
      ['Choose a country.', 'Country'],
    ] as const) {
      const link = summary.getByRole('link', { name: message });
      await link.click();
      await expect(page.getByLabel(label)).toBeFocused();
    }
  });

  test('the same summary comes from the server when JavaScript is off', async ({
    browser,
    baseURL,
    customers,
  }) => {
    const customer = await customers.create();
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/account/login');
    await signInHere(page, customer);
    await page.goto('/account/addresses/new');
    await saveAddressForm(page, {
      address1: '1 Lane',
      city: 'Leeds',
      postalCode: '',
      country: 'United Kingdom',
    });
    await expect(
      errorSummary(page).getByRole('link', { name: 'Enter the postal code.' }),
    ).toHaveAttribute('href', '#address-postal-code');
    await context.close();
  });

  test('a saved profile is announced in the form’s status region', async ({ page, signedIn }) => {
    await signedIn.newCustomer();
    await page.goto('/account/profile');
    await page.getByLabel('First name').fill('Robin');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your profile has been saved.' }),
    ).toBeVisible();
  });

  test('pressing Save twice adds one address, and the button says it is working', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/addresses/new');
    await fillAddressForm(page, {
      address1: '3 Twice Street',
      city: 'Bath',
      postalCode: 'BA1 1AA',
      country: 'United Kingdom',
    });
    const save = page.getByRole('button', { name: 'Save address' });
    // Hold the answer back, so the working state can be seen and pressed again.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/account/addresses/new', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await save.dblclick();
    const working = page.getByRole('button', { name: 'Saving…' });
    await expect(working).toHaveAttribute('aria-disabled', 'true');
    // A press on a button that says it is busy: Playwright would wait for it, a person does not.
    await working.click({ force: true });
    await page.keyboard.press('Enter');
    release();
    await expect(
      page.getByRole('status').filter({ hasText: 'The address has been added.' }),
    ).toBeVisible();
    expect((await api.addresses(customer.session)).map((a) => a.address1)).toEqual([
      '3 Twice Street',
    ]);
  });
});

import type { Page } from '@playwright/test';

import type { BackendInfo } from '../../tests/support/backends';
import {
  errorSummary,
  fieldError,
  signInHere,
  signOut,
  uniqueEmail,
} from '../../tests/support/browser';
import { linkPath, waitForClaimMail, type ClaimMail } from '../../tests/support/outbox';
import type { StoreApi } from '../../tests/support/store-api';
import { expect, test, type TestCustomer } from '../fixtures';

// "Add an order placed without an account": the shopper types the order's id, the store mails
// a link to the address the order was placed with, and the link, followed by the account that
// asked, moves the order into its list. Each order here is new (the seeded guest buyer's
// stays for support staff).

type Customers = { create(overrides?: Partial<TestCustomer>): Promise<TestCustomer> };

/**
 * A shopper who bought as a guest, then made an account with the same email (in this order:
 * on Medusa v2 a guest checkout with an account's email goes into that account at once).
 */
async function guestThenAccount(api: StoreApi, customers: Customers) {
  const email = uniqueEmail('guest');
  const orderId = await api.placeOrder(email);
  const customer = await customers.create({ email });
  return { ...customer, orderId };
}

/** Sends the form on the page with `orderId` typed into it, as a shopper pastes it. */
async function askForLink(page: Page, orderId: string) {
  await page.getByLabel('Order id').fill(orderId);
  await page.getByRole('button', { name: 'Email me a confirmation link' }).click();
}

/** The form's confirmation: the address masked, never in full. */
async function expectSentTo(page: Page, email: string) {
  const masked = `${email[0]}***@example.com`;
  const status = page
    .getByRole('status')
    .filter({ hasText: 'We have emailed a confirmation link' });
  await expect(status).toContainText(masked);
  await expect(status).not.toContainText(email);
}

/**
 * Asks for the link through the form and waits for the mail to the order's address (one
 * other than the `seen` mails, sent for earlier requests).
 */
async function requestThroughForm(
  page: Page,
  backend: BackendInfo,
  shopper: { email: string; orderId: string },
  seen: readonly ClaimMail[] = [],
): Promise<ClaimMail> {
  const since = new Date(Date.now() - 1000);
  await page.goto('/account/orders/claim');
  await askForLink(page, `  ${shopper.orderId}  `);
  await expectSentTo(page, shopper.email);
  return waitForClaimMail(backend.outboxFile, shopper.email, shopper.orderId, since, {
    seen: seen.map((mail) => mail.token),
  });
}

const displayIdOf = async (api: StoreApi, session: string, orderId: string) =>
  (await api.orders(session)).find((order) => order.id === orderId)?.displayId;

/**
 * From the form on the page to the order in the list: asks for the link, follows the mailed
 * link (its token leaves the address bar at once, as a reset link's does) and confirms.
 */
async function addThroughMailedLink(
  page: Page,
  api: StoreApi,
  backend: BackendInfo,
  shopper: { email: string; orderId: string; session: string },
  { scripted = true } = {},
) {
  const since = new Date(Date.now() - 1000);
  await askForLink(page, `  ${shopper.orderId}  `);
  await expectSentTo(page, shopper.email);
  const mail = await waitForClaimMail(backend.outboxFile, shopper.email, shopper.orderId, since);
  // Asking changed nothing yet.
  expect(await displayIdOf(api, shopper.session, shopper.orderId)).toBeUndefined();

  await page.goto(linkPath(mail));
  await expect(page).toHaveURL(/\/account\/orders\/claim\/confirm$/);
  await expect(
    page.getByRole('heading', { name: 'Add this order to your account?' }),
  ).toBeVisible();
  await expect(page.getByText(shopper.orderId)).toBeVisible();
  await page.getByRole('button', { name: 'Add the order to my account' }).click();

  // The order's own page says so, and the list holds it now.
  await expect(page).toHaveURL(new RegExp(`/account/orders/${shopper.orderId}\\?done=added$`));
  const notice = page.getByText('The order has been added to your account.');
  // With JavaScript the notice takes the focus, so a screen reader reads it first.
  await (scripted ? expect(notice).toBeFocused() : expect(notice).toBeVisible());
  const displayId = await displayIdOf(api, shopper.session, shopper.orderId);
  expect(displayId).toBeDefined();
  await expect(page.getByRole('heading', { level: 1, name: `Order #${displayId}` })).toBeVisible();
  await page.goto('/account/orders');
  await expect(
    page.getByRole('table').getByRole('link', { name: `Order #${displayId}`, exact: true }),
  ).toBeVisible();
  return { mail, displayId };
}

test.describe('adding an order placed without an account', () => {
  test('the mailed link moves the order into the account, and it shows in the list', async ({
    page,
    api,
    backend,
    customers,
    account,
  }) => {
    const shopper = await guestThenAccount(api, customers);
    await account.signIn(shopper);
    await page.goto('/account/orders');
    await expect(page.getByText('You have not placed any orders yet.')).toBeVisible();
    await page.getByRole('link', { name: 'Add an order placed without an account' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Add an order placed without an account' }),
    ).toBeVisible();
    const { mail } = await addThroughMailedLink(page, api, backend, shopper);

    // The same link again: nothing left to do, and it says so.
    await page.goto(linkPath(mail));
    await expect(
      page.getByRole('heading', { name: 'This order is already in your account' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add the order to my account' })).toHaveCount(0);
  });

  test('a shopper signed out when the mail comes signs in first and comes back to it', async ({
    page,
    api,
    backend,
    customers,
    account,
  }) => {
    const shopper = await guestThenAccount(api, customers);
    await account.signIn(shopper);
    const mail = await requestThroughForm(page, backend, shopper);
    await signOut(page);

    await page.goto(linkPath(mail));
    // The way back is the clean page: the token waits in its own cookie, not in the URL.
    await expect(page).toHaveURL(
      /\/account\/login\?returnTo=%2Faccount%2Forders%2Fclaim%2Fconfirm$/,
    );
    expect(page.url()).not.toContain(mail.token);
    await signInHere(page, shopper);
    await expect(
      page.getByRole('heading', { name: 'Add this order to your account?' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add the order to my account' }).click();
    await expect(page.getByText('The order has been added to your account.')).toBeVisible();
    expect(await displayIdOf(api, shopper.session, shopper.orderId)).toBeDefined();
  });

  test('a link made for another account is refused there, and moves nothing', async ({
    page,
    api,
    backend,
    customers,
    signedIn,
  }) => {
    const shopper = await guestThenAccount(api, customers);
    const since = new Date(Date.now() - 1000);
    await api.requestGuestOrder(shopper.session, shopper.orderId);
    const mail = await waitForClaimMail(backend.outboxFile, shopper.email, shopper.orderId, since);

    const stranger = await signedIn.newCustomer();
    await page.goto(linkPath(mail));
    await expect(
      page.getByRole('heading', { name: 'This link is for another account' }),
    ).toBeVisible();
    await expect(
      page.getByText(`not to the one you are signed in to (${stranger.email})`),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add the order to my account' })).toHaveCount(0);
    expect(await displayIdOf(api, stranger.session, shopper.orderId)).toBeUndefined();
    expect(await displayIdOf(api, shopper.session, shopper.orderId)).toBeUndefined();
  });

  test('an order already in an account is not mailed about: another’s, or this one’s', async ({
    page,
    api,
    customers,
    account,
    signedIn,
  }) => {
    const owner = await customers.create();
    const orderId = await api.placeOrder(owner.email, owner.session);

    await signedIn.newCustomer('/account/orders/claim');
    await askForLink(page, orderId);
    await expect(
      fieldError(page, 'This order is already in an account, so it cannot be added to yours.'),
    ).toBeVisible();
    await expect(errorSummary(page)).toBeFocused();
    await signOut(page);

    await account.signIn(owner);
    await page.goto('/account/orders/claim');
    await askForLink(page, orderId);
    await expect(fieldError(page, 'This order is already in your account.')).toBeVisible();
  });

  test('an unknown id, or the order number, is explained on the field, and the error goes once corrected', async ({
    page,
    signedIn,
  }) => {
    await signedIn.newCustomer('/account/orders/claim');
    await askForLink(page, '1042');
    await expect(fieldError(page, 'That looks like the order number.')).toBeVisible();
    await page.getByLabel('Order id').fill('order_01ZZZZZZZZZZZZZZZZZZZZZZZZ');
    await expect(fieldError(page, 'That looks like the order number.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Email me a confirmation link' }).click();
    await expect(fieldError(page, 'We found no order with that id.')).toBeVisible();
    await expect(page.getByLabel('Order id')).toHaveValue('order_01ZZZZZZZZZZZZZZZZZZZZZZZZ');
  });

  test('a changed link, and one followed incomplete, cannot be used and move nothing', async ({
    page,
    api,
    backend,
    customers,
    account,
  }) => {
    const shopper = await guestThenAccount(api, customers);
    await account.signIn(shopper);
    const mail = await requestThroughForm(page, backend, shopper);
    const url = new URL(mail.link);
    const token = url.searchParams.get('token')!;
    url.searchParams.set('token', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    await page.goto(`${url.pathname}${url.search}`);
    // Only the store can tell a changed token from a good one, when asked to move the order.
    await page.getByRole('button', { name: 'Add the order to my account' }).click();
    await expect(page.getByRole('heading', { name: 'This link can’t be used' })).toBeVisible();
    await expect(page.getByText('This link has expired or has already been used.')).toBeVisible();
    expect(await displayIdOf(api, shopper.session, shopper.orderId)).toBeUndefined();

    await page.goto('/account/orders/claim/confirm');
    await expect(page.getByRole('heading', { name: 'This link can’t be used' })).toBeVisible();
    await page.getByRole('link', { name: 'Ask for a new link' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Add an order placed without an account' }),
    ).toBeVisible();

    // The genuine link still works.
    await page.goto(linkPath(mail));
    await page.getByRole('button', { name: 'Add the order to my account' }).click();
    await expect(page.getByText('The order has been added to your account.')).toBeVisible();
  });

  test('the mailbox’s owner declines a request another account made, where requests stay open', async ({
    page,
    api,
    backend,
    customers,
    signedIn,
  }) => {
    // Medusa v2 keeps a request open until it is answered, and allows one an order; v1's claim
    // tokens are stateless, so there is nothing to decline (its confirm page offers no button).
    test.skip(backend.version !== 'v2', 'Medusa v1 keeps no open request to decline');
    const email = uniqueEmail('mailbox');
    const orderId = await api.placeOrder(email);
    const stranger = await customers.create();
    const since = new Date(Date.now() - 1000);
    await api.requestGuestOrder(stranger.session, orderId);
    const mail = await waitForClaimMail(backend.outboxFile, email, orderId, since);

    const owner = await signedIn.newCustomer(undefined, { email });
    await page.goto(linkPath(mail));
    await expect(
      page.getByRole('heading', { name: 'This link is for another account' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Decline the request' }).click();
    await expect(page.getByText('You declined the request.')).toBeFocused();
    expect(await displayIdOf(api, stranger.session, orderId)).toBeUndefined();

    // Now the order's own shopper can ask for it.
    const mine = await requestThroughForm(page, backend, { email: owner.email, orderId }, [mail]);
    await page.goto(linkPath(mine));
    await page.getByRole('button', { name: 'Add the order to my account' }).click();
    await expect(page.getByText('The order has been added to your account.')).toBeVisible();
  });
});

test.describe('adding an order placed without an account, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form, its errors, the mailed link and the confirmation all work as plain pages', async ({
    page,
    api,
    backend,
    customers,
    account,
  }) => {
    const shopper = await guestThenAccount(api, customers);
    await account.signIn(shopper);
    await page.goto('/account/orders/claim');
    await askForLink(page, 'order_01ZZZZZZZZZZZZZZZZZZZZZZZZ');
    await expect(fieldError(page, 'We found no order with that id.')).toBeVisible();
    await expect(page.getByLabel('Order id')).toHaveValue('order_01ZZZZZZZZZZZZZZZZZZZZZZZZ');

    await addThroughMailedLink(page, api, backend, shopper, { scripted: false });
  });
});

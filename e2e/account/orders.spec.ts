import { SEEDED } from '../../tests/support/backends';
import { baseURL, setSessionCookie, uniqueEmail } from '../../tests/support/browser';
import { createShopper, orderMaterials, placeOrder } from '../../tools/lib/store-orders';
import { expect, test } from '../fixtures';

const PAGE_SIZE = 10;

test.describe('order history', () => {
  test('the overview shows the three most recent orders and the default address', async ({
    page,
    account,
    api,
  }) => {
    const newest = (
      await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password))
    ).slice(0, 3);
    await account.signIn(SEEDED.demo);
    const recent = page.getByRole('region', { name: 'Recent orders' });
    const rows = recent
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /^Order #/ }) });
    await expect(rows).toHaveCount(3);
    for (const [index, order] of newest.entries()) {
      await expect(rows.nth(index)).toContainText(`Order #${order.displayId}`);
    }
    await expect(page.getByRole('region', { name: 'Default shipping address' })).toContainText(
      '12 Market Street',
    );
    await expect(
      recent.getByRole('link', { name: `View all orders (${SEEDED.demo.orderCount})` }),
    ).toBeVisible();
  });

  test('orders come ten to a page, newest first, with working previous and next links', async ({
    page,
    account,
    api,
  }) => {
    const all = await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
    expect(all).toHaveLength(SEEDED.demo.orderCount);
    await account.signIn(SEEDED.demo);
    await page.getByRole('link', { name: 'Orders' }).first().click();

    const orderLinks = page.getByRole('table').getByRole('link', { name: /^Order #/ });
    await expect(page.getByText(`${SEEDED.demo.orderCount} orders in total`)).toBeVisible();
    await expect(page.getByText('Page 1 of 3')).toBeVisible();
    await expect(orderLinks).toHaveText(
      all.slice(0, PAGE_SIZE).map((o) => `Order #${o.displayId}`),
    );
    await expect(page.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/account\/orders\?page=2$/);
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
    await expect(orderLinks).toHaveText(
      all.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((o) => `Order #${o.displayId}`),
    );

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page.getByText('Page 3 of 3')).toBeVisible();
    await expect(orderLinks).toHaveText(
      all.slice(2 * PAGE_SIZE).map((o) => `Order #${o.displayId}`),
    );
    await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
    await page.goBack();
    await expect(page.getByText('Page 3 of 3')).toBeVisible();
  });

  for (const [raw, expected] of [
    ['abc', 'Page 1 of 3'],
    ['-2', 'Page 1 of 3'],
    ['0', 'Page 1 of 3'],
    ['1.5', 'Page 1 of 3'],
    ['99', 'Page 3 of 3'],
  ] as const) {
    test(`page=${raw} in the address bar gives a sensible page (${expected})`, async ({
      page,
      account,
    }) => {
      await account.signIn(SEEDED.demo);
      const response = await page.goto(`/account/orders?page=${encodeURIComponent(raw)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText(expected)).toBeVisible();
      await expect(
        page
          .getByRole('table')
          .getByRole('link', { name: /^Order #/ })
          .first(),
      ).toBeVisible();
    });
  }

  test('an order shows its items, prices, totals, address, status and date', async ({
    page,
    api,
    signedIn,
  }) => {
    const [newest] = await api.orders(await api.logIn(SEEDED.demo.email, SEEDED.demo.password));
    await signedIn.as(SEEDED.demo, '/account/orders');
    await page.getByRole('link', { name: `Order #${newest!.displayId}`, exact: true }).click();

    await expect(page.getByRole('heading', { name: `Order #${newest!.displayId}` })).toBeVisible();
    const items = page.getByRole('region', { name: 'Items' });
    await expect(items.getByRole('columnheader', { name: 'Quantity' })).toBeVisible();
    const itemRows = items.locator('tbody tr');
    expect(await itemRows.count()).toBeGreaterThan(0);
    // Every line's total is its price times its quantity.
    for (const row of await itemRows.all()) {
      const cells = await row.locator('td').allTextContents();
      const quantity = Number(cells[0]);
      const price = Number(cells[1]!.replace(/[^0-9.]/g, ''));
      const total = Number(cells[2]!.replace(/[^0-9.]/g, ''));
      expect(total).toBeCloseTo(price * quantity, 2);
    }
    await expect(items.getByRole('rowheader', { name: 'Shipping' })).toBeVisible();
    await expect(items.getByRole('row', { name: /Shipping/ })).toContainText('€5.00');
    await expect(items.getByRole('rowheader', { name: 'Total', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Shipping address' })).toContainText(
      /Market Street|Torstraße/,
    );
    await expect(page.getByText('Placed on')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Not shipped yet' })).toBeVisible();
    await expect(
      page.getByRole('definition').filter({ hasText: 'Authorized, not yet charged' }),
    ).toBeVisible();
  });

  test('another customer’s order, or a made-up id, is a 404 that reveals nothing', async ({
    page,
    account,
    api,
  }) => {
    const [othersOrder] = await api.orders(
      await api.logIn(SEEDED.other.email, SEEDED.other.password),
    );
    await account.signIn(SEEDED.demo);
    for (const id of [othersOrder!.id, 'order_01DOESNOTEXIST000000000000', '../../etc/passwd']) {
      const response = await page.goto(`/account/orders/${encodeURIComponent(id)}`);
      expect(response?.status(), id).toBe(404);
      await expect(page.getByRole('heading', { name: 'Order not found' })).toBeVisible();
      await expect(page.getByText(`#${othersOrder!.displayId}`)).toHaveCount(0);
      await expect(page.getByText(SEEDED.other.email)).toHaveCount(0);
    }
  });
});

test.describe('order history without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('previous and next are plain links that work', async ({ page, signedIn }) => {
    await signedIn.as(SEEDED.demo, '/account/orders');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page.getByText('Page 1 of 3')).toBeVisible();
  });
});

test.describe('an order just placed', () => {
  test('shows on the next visit to the orders list, the overview and its own page', async ({
    page,
    account,
    api,
    backend,
  }) => {
    // A shopper with no orders yet, signed in here and at the store API (their checkout).
    const email = uniqueEmail('checkout');
    const shopper = await createShopper(backend.version, backend.url, backend.publishableKey, {
      email,
      password: 'checkout-pass-1',
      firstName: 'Olive',
      lastName: 'Ordering',
    });
    await account.signIn({ email, password: 'checkout-pass-1' });
    // Seen twice before the order: with the order cache on, the empty list is now kept.
    for (let visit = 0; visit < 2; visit += 1) {
      await page.goto('/account/orders');
      await expect(page.getByText('You have not placed any orders yet.')).toBeVisible();
    }
    await page.goto('/account');
    await expect(page.getByRole('region', { name: 'Recent orders' })).toContainText(
      'You have not placed any orders yet.',
    );

    const materials = await orderMaterials(shopper);
    const orderId = await placeOrder(shopper, {
      email,
      regionId: materials.regionId,
      items: [{ variantId: materials.variantId, quantity: 2 }],
    });
    const [stored] = await api.orders(shopper.medusaSession);
    expect(stored?.id).toBe(orderId);

    // Medusa tells the storefront of the order as it is placed (its order-events subscriber);
    // that takes milliseconds, far less than the cache's 30-second life, so the page shows the
    // order within this bound only because the event dropped the kept list. The bound leaves
    // room for a loaded machine's page loads (the Docker runner on two cores) and still ends
    // well before the list kept at the first visit would have expired by itself.
    const row = page.getByRole('table').getByRole('link', { name: `Order #${stored!.displayId}` });
    await expect(async () => {
      await page.goto('/account/orders');
      await expect(row).toBeVisible({ timeout: 100 });
    }).toPass({ timeout: 12_000, intervals: [0, 100, 250, 500] });
    await expect(page.getByText('1 order in total')).toBeVisible();

    await page.goto('/account');
    await expect(
      page.getByRole('region', { name: 'Recent orders' }).getByRole('link', {
        name: `Order #${stored!.displayId}`,
      }),
    ).toBeVisible();
    await page.goto(`/account/orders/${orderId}`);
    await expect(page.getByRole('heading', { name: `Order #${stored!.displayId}` })).toBeVisible();
  });
});

test.describe('orders the storefront keeps', () => {
  test('are shown only to a session Medusa still holds: one it has ended goes to sign-in', async ({
    page,
    context,
    account,
    api,
    signedIn,
  }) => {
    await signedIn.newCustomer();
    // Seen twice: with the order cache on, this customer's list and overview are now kept.
    for (let visit = 0; visit < 2; visit += 1) {
      await page.goto('/account/orders');
      await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
      await page.goto('/account');
      await expect(page.getByRole('heading', { name: /^Hello/ })).toBeVisible();
    }

    // The session ends at Medusa alone (as when it expires there); the storefront is not told.
    const cookie = (await account.rawSessionCookie())!;
    const session = (await account.sessionCookie())!;
    await api.logOut(session);
    expect(await api.me(session)).toBeNull();

    for (const path of ['/account/orders', '/account']) {
      // The first refusal clears the cookie; the browser offers it again for the next page.
      await setSessionCookie(context, baseURL(), { raw: cookie });
      await page.goto(path);
      await expect(page).toHaveURL(
        // The orders list names its page in the address it returns to.
        new RegExp(
          `/account/login\\?returnTo=${encodeURIComponent(path)}(%3F[^&]*)?&notice=expired$`,
        ),
      );
      await expect(page.getByText('Your session has expired. Please sign in again.')).toBeVisible();
    }
  });
});

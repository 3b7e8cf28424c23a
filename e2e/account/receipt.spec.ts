import type { Locator, Page } from '@playwright/test';

import { SEEDED } from '../../tests/support/backends';
import type { StoreApi } from '../../tests/support/store-api';
import { expect, test } from '../fixtures';

// An order's printable receipt, on both Medusa versions: what the owner sees on screen, on
// paper and without JavaScript, and that nobody else can open it.

/**
 * The suites' storefronts take the store's name from the runner's environment (STORE_NAME),
 * as the dev backends' seed does; unset, both say "Medusa Store".
 */
const STORE_NAME = process.env.STORE_NAME?.trim() || 'Medusa Store';

/**
 * A paper page's printable width in CSS pixels: A4 (210 mm, the narrower of A4 and Letter)
 * less the 14 mm side margins of app/globals.css, at 96 px to the inch.
 */
const PRINTABLE_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

/**
 * The demo customer's newest order, which backend/seed-world.json bills to their Berlin
 * address and sends to London, with both addresses as Medusa stored them.
 */
async function orderBilledElsewhere(api: StoreApi) {
  const session = await api.logIn(SEEDED.demo.email, SEEDED.demo.password);
  const [order] = await api.orders(session);
  const stored = await api.orderAddresses(session, order!.id);
  expect(stored.billing?.city).toBe('Berlin');
  expect(stored.shipping?.city).toBe('London');
  return {
    order: order!,
    billing: stored.billing!,
    shipping: stored.shipping!,
    receipt: `/account/orders/${order!.id}/receipt`,
  };
}

/** Every line and total of an items table, cell by cell, as the shopper reads it. */
async function linesAndTotals(items: Locator) {
  return {
    titles: await items.locator('tbody th').allInnerTexts(),
    cells: await items.locator('tbody td').allInnerTexts(),
    totals: await items.locator('tfoot tr').allInnerTexts(),
  };
}

const receiptHeading = (page: Page, displayId: number) =>
  page.getByRole('heading', { level: 1, name: `Receipt for order #${displayId}` });

/** What a list of facts (`<dl>`) in `scope` says for `term`. */
const fact = (scope: Page | Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');

test.describe('an order’s receipt', () => {
  test('the owner opens it from the order’s page: the store, the order, both addresses, the lines, the totals and the payment state', async ({
    page,
    api,
    signedIn,
  }) => {
    const { order, billing, shipping, receipt } = await orderBilledElsewhere(api);
    await signedIn.as(SEEDED.demo, `/account/orders/${order.id}`);
    const onPage = await linesAndTotals(page.getByRole('region', { name: 'Items' }));
    expect(onPage.cells.length).toBeGreaterThan(0);
    const placedOn = await fact(page, 'Placed on').innerText();

    await page.getByRole('link', { name: 'View receipt' }).click();
    await expect(page).toHaveURL(new RegExp(`${receipt}$`));
    await expect(receiptHeading(page, order.displayId)).toBeVisible();
    const sheet = page.getByRole('article', { name: `Receipt for order #${order.displayId}` });
    await expect(sheet.getByText(STORE_NAME, { exact: true })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: STORE_NAME })).toBeVisible();

    await expect(fact(sheet, 'Order number')).toHaveText(`#${order.displayId}`);
    await expect(fact(sheet, 'Placed on')).toHaveText(placedOn);
    await expect(fact(sheet, 'Payment')).toHaveText('Authorized, not yet charged');

    const billedTo = sheet.getByRole('region', { name: 'Billing address' });
    await expect(billedTo).toContainText(billing.company!);
    await expect(billedTo).toContainText(billing.address1);
    await expect(billedTo).toContainText(`${billing.postalCode} ${billing.city}`);
    await expect(billedTo).toContainText('Germany');
    const sentTo = sheet.getByRole('region', { name: 'Shipping address' });
    await expect(sentTo).toContainText(shipping.address1);
    await expect(sentTo).toContainText(`${shipping.postalCode} ${shipping.city}`);
    await expect(sentTo).toContainText('United Kingdom');
    await expect(sentTo).toContainText('Shipping method: Standard shipping (€5.00)');
    await expect(sentTo).not.toContainText(billing.address1);

    // The same lines and totals, formatted the same, as on the order's page; no pictures.
    const items = sheet.getByRole('region', { name: 'Items' });
    expect(await linesAndTotals(items)).toEqual(onPage);
    await expect(items.getByRole('rowheader', { name: 'Shipping' })).toBeVisible();
    await expect(items.getByRole('rowheader', { name: 'Tax' })).toBeVisible();
    await expect(items.getByRole('rowheader', { name: 'Total', exact: true })).toBeVisible();
    await expect(items.locator('img')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Print receipt' })).toBeVisible();

    // Personal, like every account page.
    const response = await page.reload();
    const cacheControl = response?.headers()['cache-control'] ?? '';
    expect(cacheControl).toContain('no-store');
    expect(cacheControl).toContain('private');

    await page.getByRole('link', { name: `Back to order #${order.displayId}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Order #${order.displayId}` }),
    ).toBeVisible();
  });

  test('on paper: the Print button opens the print dialog; printed, there is no header, navigation or button, and nothing wider than the page', async ({
    page,
    api,
    signedIn,
  }) => {
    const { order, receipt } = await orderBilledElsewhere(api);
    await signedIn.as(SEEDED.demo, receipt);
    const print = page.getByRole('button', { name: 'Print receipt' });
    await expect(print).toBeVisible();
    await page.evaluate(() => {
      const counted = window as unknown as { prints: number };
      counted.prints = 0;
      window.print = () => {
        counted.prints += 1;
      };
    });
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
    await expect(receiptHeading(page, order.displayId)).toBeVisible();
    // Still in the page, hidden from paper only.
    for (const hidden of [
      page.getByRole('banner', { includeHidden: true }),
      page.getByRole('navigation', { name: 'Account', includeHidden: true }),
      page.getByRole('button', { name: 'Print receipt', includeHidden: true }),
      page.getByRole('link', { name: `Back to order #${order.displayId}`, includeHidden: true }),
    ]) {
      await expect(hidden).toHaveCount(1);
      await expect(hidden).toBeHidden();
    }
    await expect(page.getByRole('region', { name: 'Billing address' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Shipping address' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Items' })).toBeVisible();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);

    // Back on screen, the button is there again.
    await page.emulateMedia({ media: 'screen' });
    await expect(print).toBeVisible();
  });

  test('another customer gets the not-found page for it, and a made-up id is one too', async ({
    page,
    api,
    signedIn,
  }) => {
    const { order, billing, receipt } = await orderBilledElsewhere(api);
    await signedIn.as(SEEDED.other, '/account');
    for (const path of [receipt, '/account/orders/order_01DOESNOTEXIST000000000000/receipt']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
      await expect(page.getByText(`#${order.displayId}`)).toHaveCount(0);
      await expect(page.getByText(billing.address1)).toHaveCount(0);
      await expect(page.getByText(SEEDED.demo.email)).toHaveCount(0);
    }
  });

  test('signed out, it asks to sign in and comes back to the receipt', async ({ page, api }) => {
    const { order, receipt } = await orderBilledElsewhere(api);
    await page.goto(receipt);
    await expect(page).toHaveURL(
      new RegExp(`/account/login\\?returnTo=${encodeURIComponent(receipt)}$`),
    );
    await page.getByLabel('Email').fill(SEEDED.demo.email);
    await page.getByLabel('Password').fill(SEEDED.demo.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(receiptHeading(page, order.displayId)).toBeVisible();
  });
});

test.describe('an order’s receipt without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is all there, with a hint to print it with the browser’s own command', async ({
    page,
    api,
    signedIn,
  }) => {
    const { order, billing, shipping, receipt } = await orderBilledElsewhere(api);
    await signedIn.as(SEEDED.demo, `/account/orders/${order.id}`);
    await page.getByRole('link', { name: 'View receipt' }).click();
    await expect(page).toHaveURL(new RegExp(`${receipt}$`));
    const sheet = page.getByRole('article', { name: `Receipt for order #${order.displayId}` });
    await expect(sheet.getByText(STORE_NAME, { exact: true })).toBeVisible();
    await expect(sheet.getByRole('region', { name: 'Billing address' })).toContainText(
      billing.address1,
    );
    await expect(sheet.getByRole('region', { name: 'Shipping address' })).toContainText(
      shipping.address1,
    );
    await expect(
      sheet
        .getByRole('region', { name: 'Items' })
        .getByRole('rowheader', { name: 'Total', exact: true }),
    ).toBeVisible();
    await expect(sheet.getByText('Authorized, not yet charged')).toBeVisible();
    await expect(page.getByText(/use your browser’s Print command/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print receipt' })).toHaveCount(0);
  });
});

import type { Page } from '@playwright/test';

import { PERSONAS } from '../../tests/support/backends';
import {
  errorSummary,
  fieldError,
  orderItemRow,
  returnUnderWay,
  signInHere,
  uniqueEmail,
} from '../../tests/support/browser';
import { customerWithShippedOrder, merchantFor } from '../../tests/support/merchant';
import { plainFormSender } from '../../tests/support/plain-form';
import { expect, test } from '../fixtures';

// "Return items": the shopper chooses what goes back from an order's page, checks the summary
// and its estimate, and confirms; the order's page and the list say a return is under way, and
// once the merchant receives it, that it came back and was refunded. The storefront refuses,
// with nothing sent to Medusa, what the order does not allow: nothing chosen, a summary
// confirmed twice, a form it did not make, another customer's order.

const newShopper = (label: string) => ({
  email: uniqueEmail(label),
  password: 'return-pass-1',
  firstName: 'Rory',
  lastName: 'Return',
});

/** What the storefront shows for an amount, as the order's page formats it. */
const euros = (amount: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(amount);
const centsOf = (text: string | null) =>
  Math.round(Number((text ?? '').replace(/[^0-9.]/g, '')) * 100);

/** The one line of an order that can go back, on the return page. */
const returnLine = (page: Page) =>
  page.getByRole('group').filter({ has: page.getByLabel('How many to send back') });

/** Chooses `quantity` of the order's only returnable line, too small, by post, and continues. */
async function chooseAndContinue(page: Page, quantity: string, note = '') {
  const line = returnLine(page);
  await line.getByLabel('How many to send back').selectOption(quantity);
  await line.getByLabel('Reason').selectOption({ label: 'Too small' });
  await page.getByRole('radio', { name: /^Return by post/ }).check();
  await page.getByLabel(/Anything the store should know/).fill(note);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check your return' })).toBeVisible();
}

const requestedNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Your return has been requested.' });

for (const javaScript of [true, false]) {
  test.describe(`asking for a return (JavaScript ${javaScript ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('one unit sent back: the summary and its estimate, the order saying so, then received and refunded', async ({
      page,
      backend,
      signedIn,
    }) => {
      const customer = newShopper('return-one');
      const { orderId } = await customerWithShippedOrder(backend.version, customer);
      const merchant = await merchantFor(backend.version);
      const [order] = await merchant.ordersOf(customer.email);
      await signedIn.as(customer, `/account/orders/${orderId}`);
      const line = page.getByRole('region', { name: 'Items' }).getByRole('row').nth(1);
      // The line's total over its two units, as the estimate shares it.
      const unitCents = Math.round(centsOf(await line.getByRole('cell').last().textContent()) / 2);

      await page.getByRole('link', { name: 'Return items' }).click();
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: `Return items from order #${order!.displayId}`,
        }),
      ).toBeVisible();
      const quantity = returnLine(page).getByLabel('How many to send back');
      await expect(quantity).toHaveValue('0');
      await expect(quantity.getByRole('option')).toHaveText(['0', '1', '2']);
      const reasons = await returnLine(page)
        .getByLabel('Reason')
        .getByRole('option')
        .allTextContents();
      expect(reasons[0]).toBe('Choose a reason');
      // The store's seeded reasons, in whatever order it lists them.
      expect(reasons.slice(1).sort()).toEqual([
        'Changed my mind',
        'Damaged',
        'Not as described',
        'Too small',
      ]);
      await expect(page.getByRole('radio', { name: 'Return by post €3.00' })).toBeVisible();
      await chooseAndContinue(page, '1', 'One is enough.');

      const items = page.getByRole('table', { name: 'What you are sending back' });
      await expect(items.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', 'Too small']);
      await expect(page.getByText('Return by post (€3.00)')).toBeVisible();
      await expect(page.getByText('One is enough.')).toBeVisible();
      const refund = page.getByRole('table', { name: 'Your estimated refund' });
      await expect(refund.getByRole('row', { name: /Value of the items/ })).toContainText(
        euros(unitCents / 100),
      );
      await expect(refund.getByRole('row', { name: /Return shipping/ })).toContainText('-€3.00');
      await expect(refund.getByRole('row', { name: /Estimated refund/ })).toContainText(
        euros((unitCents - 300) / 100),
      );
      await expect(
        page.getByText(
          /refunded to the payment method you used, once the store has received and checked the items/,
        ),
      ).toBeVisible();

      // Change goes back to the form with everything kept; Continue comes back to the summary.
      await page.getByRole('button', { name: 'Change', exact: true }).click();
      await expect(quantity).toHaveValue('1');
      await expect(returnLine(page).getByLabel('Reason')).toHaveValue(/.+/);
      await expect(page.getByLabel(/Anything the store should know/)).toHaveValue('One is enough.');
      await expect(page.getByRole('radio', { name: /^Return by post/ })).toBeChecked();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Confirm return' }).click();

      await expect(page).toHaveURL(
        new RegExp(`/account/orders/${orderId}\\?done=return-requested$`),
      );
      await expect(requestedNotice(page)).toBeVisible();
      if (javaScript) await expect(requestedNotice(page)).toBeFocused();
      await expect(line).toContainText('Return requested: 1');
      // One unit is still the shopper's to send back.
      await expect(page.getByRole('link', { name: 'Return items' })).toBeVisible();
      await page.goto('/account/orders');
      await expect(returnUnderWay(page, order!.displayId)).toBeVisible();

      await merchant.receiveReturns(order!);
      await page.goto(`/account/orders/${orderId}`);
      // The storefront hears of the change by Medusa's order event, a moment later.
      await expect(async () => {
        await page.reload();
        await expect(line).toContainText('Returned: 1', { timeout: 1000 });
      }).toPass();
      await expect(line).not.toContainText('Return requested');
      await expect(orderItemRow(page, 'Refunded')).toBeVisible();
    });

    test('nothing chosen, or no reason for a line, is refused on the page with the choice kept', async ({
      page,
      api,
      signedIn,
    }) => {
      // Nothing is confirmed: the persona's order stays as seeded.
      const persona = PERSONAS.returnable;
      const [newer] = await api.orders(await api.logIn(persona.email, persona.password));
      await signedIn.as(persona, `/account/orders/${newer!.id}/return`);
      await page.getByLabel(/Anything the store should know/).fill('Keep this note.');
      await page.getByRole('button', { name: 'Continue' }).click();
      const summary = errorSummary(page);
      await expect(
        summary.getByRole('link', { name: 'Choose at least one item to send back.' }),
      ).toBeVisible();
      if (javaScript) await expect(summary).toBeFocused();
      await expect(page.getByLabel(/Anything the store should know/)).toHaveValue(
        'Keep this note.',
      );

      const beanie = page.getByRole('group', { name: /Wool Beanie/ });
      await beanie.getByLabel('How many to send back').selectOption('2');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(fieldError(page, 'Choose why you are sending back Wool Beanie.')).toBeVisible();
      await expect(beanie.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
      await expect(beanie.getByLabel('How many to send back')).toHaveValue('2');
      await expect(page.getByRole('heading', { name: 'Check your return' })).toHaveCount(0);
    });

    test('a summary confirmed twice, from two tabs: the second is refused, and the store holds one return', async ({
      page,
      context,
      backend,
      signedIn,
    }) => {
      const customer = newShopper('return-twice');
      const { orderId } = await customerWithShippedOrder(backend.version, customer);
      await signedIn.as(customer, `/account/orders/${orderId}/return`);
      const other = await context.newPage();
      await other.goto(`/account/orders/${orderId}/return`);
      // Both units, in each tab; Medusa v1 would take the second as readily as the first.
      await chooseAndContinue(page, '2');
      await chooseAndContinue(other, '2');

      await page.getByRole('button', { name: 'Confirm return' }).click();
      await expect(requestedNotice(page)).toBeVisible();
      await other.getByRole('button', { name: 'Confirm return' }).click();
      await expect(errorSummary(other)).toContainText(/Nothing more of .+ can be sent back\./);
      await expect(other.getByText(/^Nothing in this order can be sent back now\./)).toBeVisible();
      await expect(other.getByRole('button', { name: 'Confirm return' })).toHaveCount(0);

      await page.goto(`/account/orders/${orderId}`);
      const line = page.getByRole('region', { name: 'Items' }).getByRole('row').nth(1);
      await expect(line).toContainText('Return requested: 2');
      await expect(page.getByRole('link', { name: 'Return items' })).toHaveCount(0);
      await other.close();
    });
  });
}

test.describe('a return the page did not offer (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('a line of another customer’s order, more than may go back, another way of sending: each refused, nothing sent', async ({
    page,
    backend,
    signedIn,
  }) => {
    const customer = newShopper('return-tampered');
    const { orderId, lineId } = await customerWithShippedOrder(backend.version, customer);
    const merchant = await merchantFor(backend.version);
    const [elsewhere] = await merchant.ordersOf(PERSONAS.returnable.email);
    await signedIn.as(customer, `/account/orders/${orderId}/return`);
    await chooseAndContinue(page, '1');
    const send = await plainFormSender(
      page,
      page.locator('form', { has: page.getByRole('button', { name: 'Confirm return' }) }),
    );
    for (const [fields, refusal] of [
      [
        { [`quantity.${elsewhere!.lines[0]!.id}`]: '1' },
        'Something in this return is not part of this order.',
      ],
      [{ [`quantity.${lineId}`]: '3' }, 'You can send back at most 2 of'],
      [{ shippingOptionId: 'so_01NOTTHISSTORES0000000000' }, 'Choose one of the ways to send'],
      [{ [`quantity.${lineId}`]: '-1' }, 'Choose how many to send back.'],
    ] as const) {
      const answer = await send({ ...fields, intent: 'confirm' });
      expect(answer.status, JSON.stringify(fields)).toBe(200);
      expect(answer.text, JSON.stringify(fields)).toContain(refusal);
    }

    await page.goto(`/account/orders/${orderId}`);
    const line = page.getByRole('region', { name: 'Items' }).getByRole('row').nth(1);
    await expect(line).toBeVisible();
    await expect(line).not.toContainText('Return requested');
    await expect(page.getByRole('link', { name: 'Return items' })).toBeVisible();
  });
});

test('another customer’s return page, and a made-up order’s, are the not-found page', async ({
  page,
  api,
  signedIn,
}) => {
  const persona = PERSONAS.returnable;
  const [newer] = await api.orders(await api.logIn(persona.email, persona.password));
  await signedIn.newCustomer();
  for (const path of [
    `/account/orders/${newer!.id}/return`,
    '/account/orders/order_01DOESNOTEXIST000000000000/return',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
    await expect(page.getByText('Wool Beanie')).toHaveCount(0);
  }
});

test('signed out, the return page asks to sign in and comes back to it', async ({ page, api }) => {
  const persona = PERSONAS.returnable;
  const [newer] = await api.orders(await api.logIn(persona.email, persona.password));
  const path = `/account/orders/${newer!.id}/return`;
  await page.goto(path);
  await expect(page).toHaveURL(/\/account\/login\?returnTo=/);
  await signInHere(page, persona);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('group', { name: /Wool Beanie/ })).toBeVisible();
});

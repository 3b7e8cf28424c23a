import { PERSONAS } from '../../tests/support/backends';
import { customerWithShippedOrder, merchantFor } from '../../tests/support/merchant';
import { orderItemRow, returnUnderWay, uniqueEmail } from '../../tests/support/browser';
import { expect, test } from '../fixtures';

// Items on their way back: what the order's page and the orders list show of a return, from
// the shopper's request at the store to the merchant receiving the items and refunding them.

for (const javaScript of [true, false]) {
  test.describe(`returns on the order's page and the list (JavaScript ${javaScript ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('the returnable persona: a line received back and refunded, the rest untouched', async ({
      page,
      api,
      signedIn,
    }) => {
      const persona = PERSONAS.returnable;
      const session = await api.logIn(persona.email, persona.password);
      const [newer, older] = await api.orders(session);
      await signedIn.as(persona, `/account/orders`);
      await expect(returnUnderWay(page, older!.displayId)).toHaveCount(0);
      await expect(returnUnderWay(page, newer!.displayId)).toHaveCount(0);

      await page.goto(`/account/orders/${older!.id}`);
      await expect(orderItemRow(page, 'Linen Shirt')).toContainText('Returned: 1');
      await expect(orderItemRow(page, 'Canvas Tote')).not.toContainText('Return');
      await expect(orderItemRow(page, 'Refunded')).toContainText('-€42.00');
      await page.goto(`/account/orders/${newer!.id}`);
      await expect(page.getByText(/Return requested|Returned:/)).toHaveCount(0);
    });

    test('a return asked for at the store: under way in the list, then received and refunded', async ({
      page,
      backend,
      signedIn,
    }) => {
      const customer = {
        email: uniqueEmail('return'),
        password: 'return-pass-1',
        firstName: 'Rory',
        lastName: 'Return',
      };
      const { orderId, lineId } = await customerWithShippedOrder(backend.version, customer);
      const merchant = await merchantFor(backend.version);
      const [order] = await merchant.ordersOf(customer.email);
      await merchant.requestReturn(order!, [{ id: lineId, quantity: 1 }], 'too_small');

      await signedIn.as(customer, '/account/orders');
      await expect(returnUnderWay(page, order!.displayId)).toBeVisible();
      await page.goto(`/account/orders/${orderId}`);
      const line = page.getByRole('region', { name: 'Items' }).getByRole('row').nth(1);
      await expect(line).toContainText('Return requested: 1');

      await merchant.receiveReturns(order!);
      // The storefront hears of the change by Medusa's order event, a moment later.
      await expect(async () => {
        await page.reload();
        await expect(line).toContainText('Returned: 1', { timeout: 1000 });
      }).toPass();
      await expect(line).not.toContainText('Return requested');
      await expect(orderItemRow(page, 'Refunded')).toBeVisible();
      await page.goto('/account/orders');
      await expect(returnUnderWay(page, order!.displayId)).toHaveCount(0);
    });
  });
}

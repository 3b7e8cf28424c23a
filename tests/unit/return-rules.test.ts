import { describe, expect, it } from 'vitest';

import { canReturnItems, refuseReturn } from '@/lib/orders/returns';
import type { Order, ReturnChoices, ReturnRequest } from '@/lib/store';
import { storeOrder } from '@/tests/support/orders';

// The rules every return is held to before Medusa's open return route is called (the
// adapters' `requestReturn` and the return form share them).

const returnable = (order: Order): Order => ({
  ...order,
  items: order.items.map((line) => ({
    ...line,
    returns: { requested: 0, received: 0, returnable: line.quantity },
  })),
});
const choices: ReturnChoices = {
  reasons: [{ id: 'rr_1', label: 'Too small' }],
  shippingOptions: [
    { id: 'so_1', name: 'Return by post', price: { amount: 3, currencyCode: 'eur' } },
  ],
};
const request = (order: Order): ReturnRequest => ({
  orderId: order.id,
  items: [{ lineId: order.items[0]!.id, quantity: 1, reasonId: 'rr_1' }],
  shippingOptionId: 'so_1',
  note: null,
});

describe('the rules a return is held to', () => {
  it('lets a return of shipped units through', () => {
    const order = returnable(storeOrder());
    expect(canReturnItems(order)).toBe(true);
    expect(refuseReturn(order, request(order), choices)).toBeNull();
  });

  it('refuses any return of a cancelled order, whatever its lines hold', () => {
    const order = { ...returnable(storeOrder()), status: 'canceled' as const };
    expect(canReturnItems(order)).toBe(false);
    expect(refuseReturn(order, request(order), choices)).toBe('order_cancelled');
  });

  it('refuses more than a line may still send back', () => {
    const order = storeOrder();
    expect(refuseReturn(order, request(order), choices)).toBe('more_than_returnable');
  });
});

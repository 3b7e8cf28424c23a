import type { OrderSummary } from '@/lib/store';

/**
 * An order as the account's lists get it from the adapter: placed, not yet sent, paid for
 * only as far as authorized, one line without a picture. A test overrides what it is about.
 */
export const orderSummary = (over: Partial<OrderSummary> = {}): OrderSummary => ({
  id: 'order_1',
  displayId: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  status: 'pending',
  fulfillmentStatus: 'not_fulfilled',
  paymentStatus: 'authorized',
  itemCount: 1,
  firstItem: { title: 'Linen Shirt', thumbnail: null },
  otherLineCount: 0,
  total: { amount: 1, currencyCode: 'eur' },
  returnInProgress: false,
  ...over,
});

import { describe, expect, it } from 'vitest';

import {
  FULFILLMENT_LABELS,
  orderProgress,
  PAYMENT_LABELS,
} from '@/components/account/order-status';
import { itemsSummary } from '@/components/account/order-table';
import type { OrderSummary } from '@/lib/medusa/types';

const order = (over: Partial<OrderSummary>): OrderSummary => ({
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
  ...over,
});

describe('the one status an order shows in a list', () => {
  it.each([
    [{}, 'Processing'],
    [{ fulfillmentStatus: 'partially_shipped' as const }, 'Partially shipped'],
    [{ fulfillmentStatus: 'shipped' as const, paymentStatus: 'captured' as const }, 'Shipped'],
    [{ fulfillmentStatus: 'delivered' as const }, 'Delivered'],
    [{ fulfillmentStatus: 'fulfilled' as const }, 'Being packed'],
    [{ status: 'canceled' as const, fulfillmentStatus: 'canceled' as const }, 'Cancelled'],
    // A refund outranks where the parcel is; a cancellation outranks a refund.
    [{ fulfillmentStatus: 'shipped' as const, paymentStatus: 'refunded' as const }, 'Refunded'],
    [
      { fulfillmentStatus: 'delivered' as const, paymentStatus: 'partially_refunded' as const },
      'Partially refunded',
    ],
    [{ status: 'canceled' as const, paymentStatus: 'refunded' as const }, 'Cancelled'],
    [{ paymentStatus: 'requires_action' as const }, 'Needs attention'],
    [{ status: 'completed' as const }, 'Completed'],
  ])('%o reads "%s"', (over, label) => {
    expect(orderProgress(order(over)).label).toBe(label);
  });

  it('has words for every state either version reports', () => {
    for (const label of [...Object.values(FULFILLMENT_LABELS), ...Object.values(PAYMENT_LABELS)])
      expect(label.trim().length).toBeGreaterThan(2);
  });
});

describe('what the list says an order holds', () => {
  it('names the first line and counts the others', () => {
    expect(itemsSummary(order({}))).toBe('Linen Shirt');
    expect(itemsSummary(order({ otherLineCount: 1 }))).toBe('Linen Shirt and 1 more item');
    expect(itemsSummary(order({ otherLineCount: 3 }))).toBe('Linen Shirt and 3 more items');
    expect(itemsSummary(order({ firstItem: null }))).toBe('No items');
  });
});

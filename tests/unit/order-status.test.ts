import { describe, expect, it } from 'vitest';

import { FULFILLMENT_LABELS, orderProgress, PAYMENT_LABELS } from '@/lib/orders/status';
import { itemsSummary } from '@/components/account/order-table';
import { orderSummary } from '@/tests/support/orders';

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
    expect(orderProgress(orderSummary(over)).label).toBe(label);
  });

  it('has words for every state either version reports', () => {
    for (const label of [...Object.values(FULFILLMENT_LABELS), ...Object.values(PAYMENT_LABELS)])
      expect(label.trim().length).toBeGreaterThan(2);
  });
});

describe('what the list says an order holds', () => {
  it('names the first line and counts the others', () => {
    expect(itemsSummary(orderSummary({}))).toBe('Linen Shirt');
    expect(itemsSummary(orderSummary({ otherLineCount: 1 }))).toBe('Linen Shirt and 1 more item');
    expect(itemsSummary(orderSummary({ otherLineCount: 3 }))).toBe('Linen Shirt and 3 more items');
    expect(itemsSummary(orderSummary({ firstItem: null }))).toBe('No items');
  });
});

import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';

import { FULFILLMENT_LABELS, orderProgress, PAYMENT_LABELS } from '@/lib/orders/status';
import { itemsSummary } from '@/components/account/order-table';
import en from '@/messages/en.json';
import { english } from '@/tests/support/intl';
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
    expect(english(orderProgress(orderSummary(over)).label)).toBe(label);
  });

  it('has words for every state either version reports', () => {
    const root = createTranslator({ locale: 'en', messages: en });
    for (const label of [...Object.values(FULFILLMENT_LABELS), ...Object.values(PAYMENT_LABELS)]) {
      expect(root.has(label as never), label).toBe(true);
      expect(english(label)!.trim().length).toBeGreaterThan(2);
    }
  });
});

describe('what the list says an order holds', () => {
  it('names the first line and counts the others', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'orderTable' });
    const summary = (over: Parameters<typeof orderSummary>[0]) =>
      itemsSummary(orderSummary(over), t as never);
    expect(summary({})).toBe('Linen Shirt');
    expect(summary({ otherLineCount: 1 })).toBe('Linen Shirt and 1 more item');
    expect(summary({ otherLineCount: 3 })).toBe('Linen Shirt and 3 more items');
    expect(summary({ firstItem: null })).toBe('No items');
  });
});

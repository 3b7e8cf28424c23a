import type { MessageRef } from '../i18n/message';
import type { FulfillmentStatus, OrderSummary, PaymentStatus } from '../store';

// What each order state is called on the page, and the one status an order shows in a list.
// Every status is spelled out in words; its colour only repeats what the words say. The words
// are catalogue keys (MessageRefs, messages/*.json): the pages and the orders table translate
// them where they show them, in the shopper's language.

export type StatusTone = 'neutral' | 'progress' | 'success' | 'attention' | 'stopped';

/** Where the goods are, as the order's page says it: `orderStatus.fulfillment.<status>`. */
export const FULFILLMENT_LABELS: Record<FulfillmentStatus, MessageRef> = {
  not_fulfilled: 'orderStatus.fulfillment.not_fulfilled',
  partially_fulfilled: 'orderStatus.fulfillment.partially_fulfilled',
  fulfilled: 'orderStatus.fulfillment.fulfilled',
  partially_shipped: 'orderStatus.fulfillment.partially_shipped',
  shipped: 'orderStatus.fulfillment.shipped',
  partially_delivered: 'orderStatus.fulfillment.partially_delivered',
  delivered: 'orderStatus.fulfillment.delivered',
  partially_returned: 'orderStatus.fulfillment.partially_returned',
  returned: 'orderStatus.fulfillment.returned',
  canceled: 'orderStatus.fulfillment.canceled',
  requires_action: 'orderStatus.fulfillment.requires_action',
  unknown: 'orderStatus.fulfillment.unknown',
};

/** Where the payment stands, as the order's page and receipt say it. */
export const PAYMENT_LABELS: Record<PaymentStatus, MessageRef> = {
  not_paid: 'orderStatus.payment.not_paid',
  awaiting: 'orderStatus.payment.awaiting',
  authorized: 'orderStatus.payment.authorized',
  partially_authorized: 'orderStatus.payment.partially_authorized',
  captured: 'orderStatus.payment.captured',
  partially_captured: 'orderStatus.payment.partially_captured',
  partially_refunded: 'orderStatus.payment.partially_refunded',
  refunded: 'orderStatus.payment.refunded',
  canceled: 'orderStatus.payment.canceled',
  requires_action: 'orderStatus.payment.requires_action',
  unknown: 'orderStatus.payment.unknown',
};

/**
 * The one status an order shows, as a catalogue key (`orderProgress.<state>`, a namespace the
 * browser gets too: the orders list renders its rows there), and its tone.
 */
export type OrderProgress = { label: MessageRef; tone: StatusTone };

const progress = (state: string, tone: StatusTone): OrderProgress => ({
  label: `orderProgress.${state}`,
  tone,
});

/**
 * The one status an order shows in a list: what a shopper most needs to know first. A
 * cancellation or refund outranks where the parcel is; delivery outranks shipping.
 */
export function orderProgress(
  order: Pick<OrderSummary, 'status' | 'fulfillmentStatus' | 'paymentStatus'>,
): OrderProgress {
  const { status, fulfillmentStatus: goods, paymentStatus: money } = order;
  if (status === 'canceled' || goods === 'canceled') return progress('cancelled', 'stopped');
  if (money === 'refunded') return progress('refunded', 'stopped');
  if (status === 'requires_action' || goods === 'requires_action' || money === 'requires_action')
    return progress('needsAttention', 'attention');
  if (money === 'partially_refunded') return progress('partiallyRefunded', 'attention');
  switch (goods) {
    case 'delivered':
      return progress('delivered', 'success');
    case 'partially_delivered':
      return progress('partiallyDelivered', 'progress');
    case 'shipped':
      return progress('shipped', 'progress');
    case 'partially_shipped':
      return progress('partiallyShipped', 'progress');
    case 'returned':
      return progress('returned', 'progress');
    case 'partially_returned':
      return progress('partiallyReturned', 'progress');
    case 'fulfilled':
    case 'partially_fulfilled':
      return progress('beingPacked', 'progress');
    default:
      return status === 'completed'
        ? progress('completed', 'success')
        : progress('processing', 'neutral');
  }
}

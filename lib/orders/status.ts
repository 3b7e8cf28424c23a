import type { FulfillmentStatus, OrderSummary, PaymentStatus } from '../store';

// What each order state is called on the page, and the one status an order shows in a list.
// Every status is spelled out in words; its colour only repeats what the words say.

export type StatusTone = 'neutral' | 'progress' | 'success' | 'attention' | 'stopped';

export const FULFILLMENT_LABELS: Record<FulfillmentStatus, string> = {
  not_fulfilled: 'Not shipped yet',
  partially_fulfilled: 'Partly packed',
  fulfilled: 'Packed',
  partially_shipped: 'Partially shipped',
  shipped: 'Shipped',
  partially_delivered: 'Partially delivered',
  delivered: 'Delivered',
  partially_returned: 'Partially returned',
  returned: 'Returned',
  canceled: 'Cancelled',
  requires_action: 'Needs attention',
  unknown: 'Unknown',
};

export const PAYMENT_LABELS: Record<PaymentStatus, string> = {
  not_paid: 'Not paid',
  awaiting: 'Awaiting payment',
  authorized: 'Authorized, not yet charged',
  partially_authorized: 'Partly authorized',
  captured: 'Paid',
  partially_captured: 'Partly paid',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
  canceled: 'Cancelled',
  requires_action: 'Needs attention',
  unknown: 'Unknown',
};

export type OrderProgress = { label: string; tone: StatusTone };

/**
 * The one status an order shows in a list: what a shopper most needs to know first. A
 * cancellation or refund outranks where the parcel is; delivery outranks shipping.
 */
export function orderProgress(
  order: Pick<OrderSummary, 'status' | 'fulfillmentStatus' | 'paymentStatus'>,
): OrderProgress {
  const { status, fulfillmentStatus: goods, paymentStatus: money } = order;
  if (status === 'canceled' || goods === 'canceled') return { label: 'Cancelled', tone: 'stopped' };
  if (money === 'refunded') return { label: 'Refunded', tone: 'stopped' };
  if (status === 'requires_action' || goods === 'requires_action' || money === 'requires_action')
    return { label: 'Needs attention', tone: 'attention' };
  if (money === 'partially_refunded') return { label: 'Partially refunded', tone: 'attention' };
  switch (goods) {
    case 'delivered':
      return { label: 'Delivered', tone: 'success' };
    case 'partially_delivered':
    case 'shipped':
    case 'partially_shipped':
    case 'returned':
    case 'partially_returned':
      return { label: FULFILLMENT_LABELS[goods], tone: 'progress' };
    case 'fulfilled':
    case 'partially_fulfilled':
      return { label: 'Being packed', tone: 'progress' };
    default:
      return status === 'completed'
        ? { label: 'Completed', tone: 'success' }
        : { label: 'Processing', tone: 'neutral' };
  }
}

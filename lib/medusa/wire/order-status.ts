import type { FulfillmentStatus, OrderStatus, PaymentStatus } from '../../store/types';

// The order, goods and payment statuses both versions spell alike; anything else is `unknown`.

const ORDER_STATUSES: readonly OrderStatus[] = [
  'pending',
  'completed',
  'canceled',
  'archived',
  'requires_action',
];

const FULFILLMENT_STATUSES: readonly FulfillmentStatus[] = [
  'not_fulfilled',
  'partially_fulfilled',
  'fulfilled',
  'partially_shipped',
  'shipped',
  'partially_delivered',
  'delivered',
  'partially_returned',
  'returned',
  'canceled',
  'requires_action',
];

const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'not_paid',
  'awaiting',
  'authorized',
  'partially_authorized',
  'captured',
  'partially_captured',
  'partially_refunded',
  'refunded',
  'canceled',
  'requires_action',
];

/** A status both versions spell alike, or `unknown`. */
const known =
  <Status extends string>(statuses: readonly Status[]) =>
  (raw: string | null | undefined): Status | 'unknown' =>
    (statuses as readonly (string | null | undefined)[]).includes(raw)
      ? (raw as Status)
      : 'unknown';

export const orderStatus: (raw: string) => OrderStatus = known(ORDER_STATUSES);
export const fulfillmentStatus: (raw: string | null | undefined) => FulfillmentStatus =
  known(FULFILLMENT_STATUSES);
/** v2's spelling; v1 says `awaiting` for a payment held but not taken (its adapter maps it). */
export const paymentStatus: (raw: string | null | undefined) => PaymentStatus =
  known(PAYMENT_STATUSES);

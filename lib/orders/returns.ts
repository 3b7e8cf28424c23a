import type { LineReturns, Money, Order, ReturnChoices, ReturnRequest } from '../store/types';

// What a return may hold, decided by the storefront from the order it just read as the
// signed-in customer's own: Medusa's return route takes any order id from anyone, and Medusa
// v1 accepts a return of items never shipped, or the same items twice.

/** A line's units on their way back, from what was shipped and what the store recorded. */
export function lineReturns(shipped: number, requested: number, received: number): LineReturns {
  return { requested, received, returnable: Math.max(0, shipped - requested - received) };
}

/** The order has something a new return could hold (and it was not cancelled). */
export const canReturnItems = (order: Order) =>
  order.status !== 'canceled' && order.items.some((line) => line.returns.returnable > 0);

export type ReturnRefusal =
  | 'order_cancelled'
  | 'nothing_chosen'
  | 'not_in_order'
  | 'more_than_returnable'
  | 'unknown_reason'
  | 'unknown_shipping_option';

/** Why this return cannot be made of this order, or null when it can. */
export function refuseReturn(
  order: Order,
  request: ReturnRequest,
  choices: ReturnChoices,
): ReturnRefusal | null {
  if (request.orderId !== order.id) return 'not_in_order';
  // As `canReturnItems` says: a cancelled order takes no return, whatever its lines hold.
  if (order.status === 'canceled') return 'order_cancelled';
  if (request.items.length === 0 || request.items.some((item) => item.quantity <= 0))
    return 'nothing_chosen';
  const seen = new Set<string>();
  for (const item of request.items) {
    const line = order.items.find((l) => l.id === item.lineId);
    if (!line || seen.has(item.lineId)) return 'not_in_order';
    seen.add(item.lineId);
    if (!Number.isInteger(item.quantity) || item.quantity > line.returns.returnable)
      return 'more_than_returnable';
    if (item.reasonId !== null && !choices.reasons.some((r) => r.id === item.reasonId))
      return 'unknown_reason';
  }
  if (!choices.shippingOptions.some((option) => option.id === request.shippingOptionId))
    return 'unknown_shipping_option';
  return null;
}

/**
 * What the shopper sees before confirming: the value of what goes back (each line's total
 * shared over its units, so a discount counts), what sending it costs, and what that leaves.
 * The store decides the refund when it receives the items.
 */
export function returnEstimate(
  order: Order,
  request: ReturnRequest,
  choices: ReturnChoices,
): { items: Money; shipping: Money; refund: Money } {
  const currencyCode = order.total.currencyCode;
  const cents = (amount: number) => Math.round(amount * 100);
  const itemCents = request.items.reduce((sum, item) => {
    const line = order.items.find((l) => l.id === item.lineId);
    return line
      ? sum + Math.round((cents(line.total.amount) * item.quantity) / line.quantity)
      : sum;
  }, 0);
  const option = choices.shippingOptions.find((o) => o.id === request.shippingOptionId);
  const shippingCents = option ? cents(option.price.amount) : 0;
  const money = (c: number): Money => ({ amount: c / 100, currencyCode });
  return {
    items: money(itemCents),
    shipping: money(shippingCents),
    refund: money(Math.max(0, itemCents - shippingCents)),
  };
}

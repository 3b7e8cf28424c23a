// What the orders list says after the shopper added an order (`?done=`), shared by the action
// that redirects there and the page that shows it, so neither can name an outcome the other
// does not know.

export const ORDER_OUTCOMES = {
  added: { tone: 'success', text: 'The order has been added to your account.' },
} as const satisfies Record<string, { tone: 'success' | 'error'; text: string }>;

export type OrderOutcome = keyof typeof ORDER_OUTCOMES;

export function ordersUrl(done: OrderOutcome): string {
  return `/account/orders?done=${done}`;
}

export function orderOutcome(done: unknown) {
  return typeof done === 'string' && Object.hasOwn(ORDER_OUTCOMES, done)
    ? ORDER_OUTCOMES[done as OrderOutcome]
    : undefined;
}

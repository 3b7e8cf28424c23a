import type { MessageRef } from '@/lib/i18n/message';

// What an order's page says after the shopper did something to the order (`?done=`), shared by
// the actions that redirect there and the page that shows it. The text is a catalogue key
// (`orderPage.outcomes.<outcome>`), which the page translates.

export const ORDER_OUTCOMES = {
  added: { tone: 'success', text: 'orderPage.outcomes.added' },
  'return-requested': { tone: 'success', text: 'orderPage.outcomes.return-requested' },
} as const satisfies Record<string, { tone: 'success' | 'error'; text: MessageRef }>;

export type OrderOutcome = keyof typeof ORDER_OUTCOMES;

/** An order's page; with `done`, saying what just happened to the order. */
export function orderUrl(orderId: string, done?: OrderOutcome): string {
  const page = `/account/orders/${encodeURIComponent(orderId)}`;
  return done ? `${page}?done=${done}` : page;
}

export function orderOutcome(done: unknown) {
  return typeof done === 'string' && Object.hasOwn(ORDER_OUTCOMES, done)
    ? ORDER_OUTCOMES[done as OrderOutcome]
    : undefined;
}

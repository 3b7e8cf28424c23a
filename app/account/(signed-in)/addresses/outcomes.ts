// What the address book says after a change (`?done=`), shared by the actions that redirect
// there and the page that shows it, so neither can name an outcome the other does not know.
// The words are catalogue keys (`addressesPage.outcomes.*`), read in the shopper's language.

import type { MessageRef } from '@/lib/i18n/message';

export const ADDRESS_OUTCOMES = {
  added: { tone: 'success', text: 'addressesPage.outcomes.added' },
  updated: { tone: 'success', text: 'addressesPage.outcomes.updated' },
  deleted: { tone: 'success', text: 'addressesPage.outcomes.deleted' },
  default: { tone: 'success', text: 'addressesPage.outcomes.default' },
  failed: { tone: 'error', text: 'addressesPage.outcomes.failed' },
} as const satisfies Record<string, { tone: 'success' | 'error'; text: MessageRef }>;

export type AddressOutcome = keyof typeof ADDRESS_OUTCOMES;

export function addressesUrl(done: AddressOutcome): string {
  return `/account/addresses?done=${done}`;
}

export function addressOutcome(done: unknown) {
  return typeof done === 'string' && Object.hasOwn(ADDRESS_OUTCOMES, done)
    ? ADDRESS_OUTCOMES[done as AddressOutcome]
    : undefined;
}

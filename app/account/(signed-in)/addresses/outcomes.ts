// What the address book says after a change (`?done=`), shared by the actions that redirect
// there and the page that shows it, so neither can name an outcome the other does not know.

export const ADDRESS_OUTCOMES = {
  added: { tone: 'success', text: 'The address has been added.' },
  updated: { tone: 'success', text: 'The address has been updated.' },
  deleted: { tone: 'success', text: 'The address has been deleted.' },
  default: { tone: 'success', text: 'Your default shipping address has been changed.' },
  failed: { tone: 'error', text: 'That change could not be saved. Please try again.' },
} as const satisfies Record<string, { tone: 'success' | 'error'; text: string }>;

export type AddressOutcome = keyof typeof ADDRESS_OUTCOMES;

export function addressesUrl(done: AddressOutcome): string {
  return `/account/addresses?done=${done}`;
}

export function addressOutcome(done: unknown) {
  return typeof done === 'string' && Object.hasOwn(ADDRESS_OUTCOMES, done)
    ? ADDRESS_OUTCOMES[done as AddressOutcome]
    : undefined;
}

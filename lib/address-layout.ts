// How the address form lays out a country's locality: where the postal code sits against the
// city, as the country writes it on an envelope ("10115 Berlin", but "York YO1 7HH"). Pure, so
// the form (in the browser, as the country select changes, and on the server, from the stored
// or initial country) and the tests ask the same rule.

/** The locality's two fields, in the order the form shows them. */
export type LocalityField = 'city' | 'postalCode';

export type AddressLayout = {
  /** City and postal code, first to last, on one line where the form has two columns. */
  locality: readonly [LocalityField, LocalityField];
};

/** The countries that write the postal code before the city (ISO 3166-1 alpha-2, lower case). */
const POSTAL_CODE_FIRST: ReadonlySet<string> = new Set(['de', 'fr', 'es', 'it', 'nl', 'se']);

const CITY_FIRST: AddressLayout = { locality: ['city', 'postalCode'] };
const POSTAL_CODE_FIRST_LAYOUT: AddressLayout = { locality: ['postalCode', 'city'] };

/**
 * The layout of an address in this country (`de`, `GB`; any case). No country yet, or one
 * without a rule of its own (GB among them), is city then postal code.
 */
export function addressLayout(countryCode: string | null | undefined): AddressLayout {
  const code = (countryCode ?? '').trim().toLowerCase();
  return POSTAL_CODE_FIRST.has(code) ? POSTAL_CODE_FIRST_LAYOUT : CITY_FIRST;
}

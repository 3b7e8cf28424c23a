import * as z from 'zod/mini';

import { optionalText, phone, requiredText } from './fields';

/** An address's required line: "Enter the city." */
const required = (what: string, max?: number) => requiredText(what, max, 'the');

export const addressSchema = z.object({
  firstName: required('first name'),
  lastName: required('last name'),
  company: optionalText('company'),
  address1: required('street address', 200),
  address2: optionalText('second address line', 200),
  city: required('city'),
  province: optionalText('county, state or province'),
  postalCode: required('postal code', 20),
  countryCode: z
    .string()
    .check(
      z.trim(),
      z.maxLength(2, 'Choose a country.'),
      z.toLowerCase(),
      z.regex(/^[a-z]{2}$/, 'Choose a country.'),
    ),
  phone,
});

/** The address form's fields, all as text, as the form shows them. */
export type AddressFormValues = Record<keyof z.input<typeof addressSchema>, string>;

/** An address, or what is known for a new one, as the form's text fields. */
export function toAddressFormValues(
  address: Partial<Record<keyof AddressFormValues, string | null>>,
): AddressFormValues {
  const fields = Object.keys(addressSchema.shape) as (keyof AddressFormValues)[];
  return Object.fromEntries(
    fields.map((field) => [field, address[field] ?? '']),
  ) as AddressFormValues;
}

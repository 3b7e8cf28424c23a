import * as z from 'zod/mini';

import { optionalText, phone, requiredText } from './fields';

export const addressSchema = z.object({
  firstName: requiredText('address.firstName'),
  lastName: requiredText('address.lastName'),
  company: optionalText('address.company'),
  address1: requiredText('address.address1', 200),
  address2: optionalText('address.address2', 200),
  city: requiredText('address.city'),
  province: optionalText('address.province'),
  postalCode: requiredText('address.postalCode', 20),
  countryCode: z
    .string()
    .check(
      z.trim(),
      z.maxLength(2, 'validation.address.countryCode.required'),
      z.toLowerCase(),
      z.regex(/^[a-z]{2}$/, 'validation.address.countryCode.required'),
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

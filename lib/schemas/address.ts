import { z } from 'zod';

import { optionalText, phone, plainText } from './fields';

const required = (what: string, max = 100) =>
  plainText(
    z
      .string()
      .trim()
      .min(1, `Enter the ${what}.`)
      .max(max, `The ${what} can be at most ${max} characters.`),
  );

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
    .trim()
    .max(2, 'Choose a country.')
    .toLowerCase()
    .regex(/^[a-z]{2}$/, 'Choose a country.'),
  phone,
});

export type AddressFormInput = z.input<typeof addressSchema>;
export type AddressFormOutput = z.output<typeof addressSchema>;

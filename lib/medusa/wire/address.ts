import { z } from 'zod';

import type { Address, AddressInput, Country, OrderAddress } from '../../store/types';
import { parseResponse, rawText as text } from './responses';

// Both versions spell addresses alike (snake_case); each says its own way which is default.

export const rawAddressSchema = z.object({
  id: z.string(),
  first_name: text,
  last_name: text,
  company: text,
  address_1: text,
  address_2: text,
  city: text,
  province: text,
  postal_code: text,
  country_code: text,
  phone: text,
  created_at: z.string().optional(),
});
export type RawAddress = z.infer<typeof rawAddressSchema>;

/** The address created last: neither version says which one an "add address" call created. */
export function newestAddress<T extends RawAddress>(addresses: readonly T[]): T | undefined {
  return [...addresses].sort(
    (a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''),
  )[0];
}

export function toAddress(raw: RawAddress, isDefaultShipping: boolean): Address {
  return {
    id: raw.id,
    ...toOrderAddress(raw),
    province: raw.province || null,
    phone: raw.phone || null,
    isDefaultShipping,
  };
}

export function toOrderAddress(raw: Omit<RawAddress, 'id'>): OrderAddress {
  return {
    firstName: raw.first_name ?? '',
    lastName: raw.last_name ?? '',
    company: raw.company || null,
    address1: raw.address_1 ?? '',
    address2: raw.address_2 || null,
    city: raw.city ?? '',
    postalCode: raw.postal_code ?? '',
    countryCode: (raw.country_code ?? '').toLowerCase(),
  };
}

/** Empty strings clear optional fields on both versions. */
export function fromAddressInput(input: AddressInput) {
  return {
    first_name: input.firstName,
    last_name: input.lastName,
    company: input.company ?? '',
    address_1: input.address1,
    address_2: input.address2 ?? '',
    city: input.city,
    province: input.province ?? '',
    postal_code: input.postalCode,
    country_code: input.countryCode.toLowerCase(),
    phone: input.phone ?? '',
  };
}

export const rawCountrySchema = z.object({
  iso_2: z.string(),
  display_name: text,
  name: text,
});

export const rawRegionsSchema = z.object({
  regions: z.array(z.object({ countries: z.array(rawCountrySchema).nullish() })),
});

/** The countries of every region, once each, by name: the address form's choices. */
export function countriesOf(body: unknown, what: string): Country[] {
  const { regions } = parseResponse(rawRegionsSchema, body, what);
  const byCode = new Map<string, Country>();
  for (const region of regions) {
    for (const country of region.countries ?? []) {
      const code = country.iso_2.toLowerCase();
      byCode.set(code, { code, name: country.display_name || country.name || code.toUpperCase() });
    }
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

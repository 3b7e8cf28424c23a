import { z } from 'zod';

import type { Address, Customer } from '../../store/types';
import { preferredLocale, sessionsValidAfter } from './metadata';
import { photoOf, type StoreFileCheck } from './photo';
import { rawText as text } from './responses';

/** The customer fields both versions send alike; each adds its own address list. */
export const rawCustomerBaseSchema = z.object({
  id: z.string(),
  email: z.string(),
  first_name: text,
  last_name: text,
  phone: text,
  // v2 only; v1 keeps a company on addresses alone.
  company_name: text,
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/**
 * A customer from the fields both versions share, with the addresses each version has
 * already told default or not; the default address comes first.
 */
export function toCustomer(
  raw: z.infer<typeof rawCustomerBaseSchema>,
  addresses: readonly Address[],
  isStoreFile: StoreFileCheck,
): Customer {
  const sorted = [...addresses].sort(
    (a, b) => Number(b.isDefaultShipping) - Number(a.isDefaultShipping),
  );
  return {
    id: raw.id,
    email: raw.email,
    firstName: raw.first_name ?? '',
    lastName: raw.last_name ?? '',
    phone: raw.phone || null,
    companyName: raw.company_name || null,
    addresses: sorted,
    defaultShippingAddressId: sorted.find((a) => a.isDefaultShipping)?.id ?? null,
    sessionsValidAfter: sessionsValidAfter(raw.metadata),
    preferredLocale: preferredLocale(raw.metadata),
    photo: photoOf(raw.metadata, raw.id, isStoreFile),
  };
}

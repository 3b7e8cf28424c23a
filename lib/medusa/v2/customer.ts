import 'server-only';

import { z } from 'zod';

import type { CustomerMethods } from '../adapter';
import type { SessionToken } from '../../store/backend';
import type { Customer } from '../../store/types';
import * as wire from '../wire';
import type { V2Context } from './client';

const rawV2AddressSchema = wire.rawAddressSchema.extend({
  is_default_shipping: z.boolean().nullish(),
});
export type RawV2Address = z.infer<typeof rawV2AddressSchema>;

const rawCustomerSchema = wire.rawCustomerBaseSchema.extend({
  addresses: z.array(rawV2AddressSchema).optional(),
});
type RawCustomer = z.infer<typeof rawCustomerSchema>;
const customerBody = z.object({ customer: rawCustomerSchema });

/** What every answer that carries the customer asks for. */
export const CUSTOMER_FIELDS = '*addresses,+metadata';

export const toV2Address = (raw: RawV2Address) =>
  wire.toAddress(raw, Boolean(raw.is_default_shipping));

function toCustomer(raw: RawCustomer, isStoreFile: wire.StoreFileCheck): Customer {
  return wire.toCustomer(raw, (raw.addresses ?? []).map(toV2Address), isStoreFile);
}

/** The customer in a response body (`{ customer }`), as Medusa sent it. */
export function parseRawCustomer(body: unknown, operation: string): RawCustomer {
  return wire.parseResponse(customerBody, body, `v2 ${operation}`).customer;
}

/** The customer in a response body (`{ customer }`), as the storefront shows it. */
export function parseCustomer({ isStoreFile }: V2Context, body: unknown, operation: string) {
  return toCustomer(parseRawCustomer(body, operation), isStoreFile);
}

export async function retrieveCustomer(context: V2Context, session: string): Promise<Customer> {
  const body = await context.request('retrieveCustomer', '/store/customers/me', {
    query: { fields: CUSTOMER_FIELDS },
    headers: context.asCustomer(session),
  });
  return parseCustomer(context, body, 'retrieveCustomer');
}

/** The customer and their profile: name, company, sessions; no email or password change. */
export function customerMethods(context: V2Context): CustomerMethods {
  const { request, asCustomer } = context;
  /** Writes the storefront's own metadata keys; Medusa v2 merges them, so the others stay. */
  const writeMetadata = async (
    operation: string,
    session: SessionToken,
    metadata: Record<string, string>,
  ) => {
    await request(operation, '/store/customers/me', {
      method: 'POST',
      body: { metadata },
      query: { fields: 'id' },
      headers: asCustomer(session),
    });
  };

  return {
    retrieveCustomer: (session) => retrieveCustomer(context, session),

    async updateCustomer(session, update) {
      const body = await request('updateCustomer', '/store/customers/me', {
        method: 'POST',
        body: {
          first_name: update.firstName,
          last_name: update.lastName,
          phone: update.phone ?? '',
          ...(update.companyName === undefined ? {} : { company_name: update.companyName ?? '' }),
        },
        query: { fields: CUSTOMER_FIELDS },
        headers: asCustomer(session),
      });
      return parseCustomer(context, body, 'updateCustomer');
    },

    revokeSessionsBefore: (session, instant) =>
      writeMetadata('revokeSessionsBefore', session, wire.sessionsValidAfterMetadata(instant)),

    rememberLanguage: (session, locale) =>
      writeMetadata('rememberLanguage', session, wire.preferredLocaleMetadata(locale)),
  };
}

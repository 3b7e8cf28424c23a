import 'server-only';

import { z } from 'zod';

import type { CustomerMethods } from '../adapter';
import type { SessionToken } from '../../store/backend';
import type { Customer } from '../../store/types';
import * as wire from '../wire';
import type { V1Context } from './client';

const rawCustomerSchema = wire.rawCustomerBaseSchema.extend({
  shipping_addresses: z.array(wire.rawAddressSchema).optional(),
});
export type RawCustomer = z.infer<typeof rawCustomerSchema>;
const customerBody = z.object({ customer: rawCustomerSchema });

export function toCustomer(raw: RawCustomer, isStoreFile: wire.StoreFileCheck): Customer {
  const addresses = raw.shipping_addresses ?? [];
  const stored = wire.metadataText(raw.metadata, wire.V1_DEFAULT_SHIPPING_KEY);
  // A deleted address can leave a stale id in metadata; only an existing address is default.
  return wire.toCustomer(
    raw,
    addresses.map((a) => wire.toAddress(a, a.id === stored)),
    isStoreFile,
  );
}

/** The customer in a response body (`{ customer }`), as Medusa sent it. */
export function parseRawCustomer(body: unknown, operation: string): RawCustomer {
  return wire.parseResponse(customerBody, body, `v1 ${operation}`).customer;
}

/** The customer in a response body (`{ customer }`), as the storefront shows it. */
export function parseCustomer({ isStoreFile }: V1Context, body: unknown, operation: string) {
  return toCustomer(parseRawCustomer(body, operation), isStoreFile);
}

export async function retrieveRawCustomer(
  { call, medusa, asCustomer }: V1Context,
  session: string,
): Promise<RawCustomer> {
  const body = await call('retrieveCustomer', () => medusa.customers.retrieve(asCustomer(session)));
  return parseRawCustomer(body, 'retrieveCustomer');
}

/** Checks a password with the stateless token endpoint, which opens no extra session. */
async function verifyPassword(
  { call, medusa }: V1Context,
  operation: string,
  email: string,
  password: string,
) {
  await call(operation, () => medusa.auth.getToken({ email, password }), {
    401: 'invalid_credentials',
    400: 'invalid_credentials',
  });
}

/** The customer and their profile: name, email, password, sessions. */
export function customerMethods(context: V1Context): CustomerMethods {
  const { call, medusa, asCustomer, isStoreFile } = context;
  /** Writes the storefront's own metadata keys; Medusa v1 merges them, so the others stay. */
  const writeMetadata = async (
    operation: string,
    session: SessionToken,
    metadata: Record<string, string>,
  ) => {
    await call(operation, () => medusa.customers.update({ metadata }, asCustomer(session)));
  };

  return {
    async retrieveCustomer(session) {
      return toCustomer(await retrieveRawCustomer(context, session), isStoreFile);
    },

    async updateCustomer(session, update) {
      const body = await call('updateCustomer', () =>
        medusa.customers.update(
          {
            first_name: update.firstName,
            last_name: update.lastName,
            phone: update.phone ?? '',
          },
          asCustomer(session),
        ),
      );
      return parseCustomer(context, body, 'updateCustomer');
    },

    async changeEmail(session, { currentEmail, currentPassword, newEmail }) {
      // The v1 store API changes the email with the session alone; verify the password first.
      await verifyPassword(context, 'changeEmail.verify', currentEmail, currentPassword);
      const body = await call(
        'changeEmail',
        () => medusa.customers.update({ email: newEmail }, asCustomer(session)),
        { 422: 'email_taken' },
      );
      return parseCustomer(context, body, 'changeEmail');
    },

    revokeSessionsBefore: (session, instant) =>
      writeMetadata('revokeSessionsBefore', session, wire.sessionsValidAfterMetadata(instant)),

    rememberLanguage: (session, locale) =>
      writeMetadata('rememberLanguage', session, wire.preferredLocaleMetadata(locale)),

    async changePassword(session, { email, currentPassword, newPassword }) {
      // The v1 store API changes a password without asking for the current one.
      await verifyPassword(context, 'changePassword.verify', email, currentPassword);
      await call('changePassword', () =>
        medusa.customers.update({ password: newPassword }, asCustomer(session)),
      );
    },
  };
}

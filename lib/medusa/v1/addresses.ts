import 'server-only';

import type { AddressMethods } from '../adapter';
import { BackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V1Context } from './client';
import { parseRawCustomer, retrieveRawCustomer, toCustomer, type RawCustomer } from './customer';

/** The customer's addresses (v1 calls them shipping addresses), and the form's countries. */
export function addressMethods(context: V1Context): AddressMethods {
  const { call, medusa, asCustomer, isStoreFile } = context;

  async function requireOwnAddress(session: string, id: string): Promise<RawCustomer> {
    const customer = await retrieveRawCustomer(context, session);
    if (!(customer.shipping_addresses ?? []).some((a) => a.id === id)) {
      // v1 answers 400 on update and a silent 200 on delete for another customer's id.
      throw new BackendError('not_found', `v1 address ${id} is not the customer's`);
    }
    return customer;
  }

  return {
    async listAddresses(session) {
      return toCustomer(await retrieveRawCustomer(context, session), isStoreFile).addresses;
    },

    async createAddress(session, input) {
      const body = await call('createAddress', () =>
        medusa.customers.addresses.addAddress(
          { address: wire.fromAddressInput(input) },
          asCustomer(session),
        ),
      );
      const customer = parseRawCustomer(body, 'createAddress');
      const created = wire.newestAddress(customer.shipping_addresses ?? []);
      if (!created)
        throw new BackendError('unavailable', 'v1 createAddress: new address not returned');
      // A new address is never the default until the customer makes it so.
      return wire.toAddress(created, false);
    },

    async updateAddress(session, id, input) {
      await requireOwnAddress(session, id);
      const body = await call(
        'updateAddress',
        () =>
          medusa.customers.addresses.updateAddress(
            id,
            wire.fromAddressInput(input),
            asCustomer(session),
          ),
        { 400: 'not_found' },
      );
      const customer = toCustomer(parseRawCustomer(body, 'updateAddress'), isStoreFile);
      return wire.requireById(customer.addresses, id, 'v1 updateAddress');
    },

    async deleteAddress(session, id) {
      await requireOwnAddress(session, id);
      await call('deleteAddress', () =>
        medusa.customers.addresses.deleteAddress(id, asCustomer(session)),
      );
    },

    async setDefaultAddress(session, id) {
      await requireOwnAddress(session, id);
      await call('setDefaultAddress', () =>
        medusa.customers.update(
          { metadata: { [wire.V1_DEFAULT_SHIPPING_KEY]: id } },
          asCustomer(session),
        ),
      );
    },

    async listCountries() {
      const body = await call('listCountries', () => medusa.regions.list());
      return wire.countriesOf(body, 'v1 listCountries');
    },
  };
}

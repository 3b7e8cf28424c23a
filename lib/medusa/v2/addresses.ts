import 'server-only';

import type { AddressMethods } from '../adapter';
import { BackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V2Context } from './client';
import { CUSTOMER_FIELDS, parseRawCustomer, retrieveCustomer, toV2Address } from './customer';

const addressPath = (id: string) => `/store/customers/me/addresses/${encodeURIComponent(id)}`;

/** The customer's addresses, and the form's countries. */
export function addressMethods(context: V2Context): AddressMethods {
  const { request, asCustomer } = context;
  return {
    async listAddresses(session) {
      return (await retrieveCustomer(context, session)).addresses;
    },

    async createAddress(session, input) {
      const body = await request('createAddress', '/store/customers/me/addresses', {
        method: 'POST',
        body: wire.fromAddressInput(input),
        query: { fields: CUSTOMER_FIELDS },
        headers: asCustomer(session),
      });
      const customer = parseRawCustomer(body, 'createAddress');
      const newest = wire.newestAddress(customer.addresses ?? []);
      if (!newest)
        throw new BackendError('unavailable', 'v2 createAddress: new address not returned');
      return toV2Address(newest);
    },

    async updateAddress(session, id, input) {
      const body = await request('updateAddress', addressPath(id), {
        method: 'POST',
        body: wire.fromAddressInput(input),
        query: { fields: CUSTOMER_FIELDS },
        headers: asCustomer(session),
      });
      const customer = parseRawCustomer(body, 'updateAddress');
      return toV2Address(wire.requireById(customer.addresses, id, 'v2 updateAddress'));
    },

    async deleteAddress(session, id) {
      await request('deleteAddress', addressPath(id), {
        method: 'DELETE',
        headers: asCustomer(session),
      });
    },

    async setDefaultAddress(session, id) {
      await request('setDefaultAddress', addressPath(id), {
        method: 'POST',
        body: { is_default_shipping: true },
        query: { fields: 'id' },
        headers: asCustomer(session),
      });
    },

    async listCountries() {
      const body = await request('listCountries', '/store/regions', {
        query: { fields: 'id,countries.iso_2,countries.display_name,countries.name' },
      });
      return wire.countriesOf(body, 'v2 listCountries');
    },
  };
}

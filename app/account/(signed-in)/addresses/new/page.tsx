import type { Metadata } from 'next';

import { AddressForm } from '@/components/account/address-form';
import { requireCustomer } from '@/lib/auth';
import { getCountries } from '@/lib/countries';
import { toAddressFormValues } from '@/lib/schemas/address';

import { createAddress } from '../actions';

export const metadata: Metadata = { title: 'Add an address' };

export default async function NewAddressPage() {
  const [{ customer }, countries] = await Promise.all([
    requireCustomer('/account/addresses/new'),
    getCountries(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Add an address</h1>
      <AddressForm
        action={createAddress}
        countries={countries}
        submitLabel="Save address"
        initial={toAddressFormValues({
          firstName: customer.firstName,
          lastName: customer.lastName,
          phone: customer.phone,
        })}
      />
    </div>
  );
}

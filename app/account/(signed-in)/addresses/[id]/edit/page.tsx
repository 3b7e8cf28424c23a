import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { AddressForm } from '@/components/account/address-form';
import { requireCustomer } from '@/lib/auth';
import { getCountries } from '@/lib/countries';
import { toAddressFormValues } from '@/lib/schemas/address';

import { updateAddress } from '../../actions';

export const metadata: Metadata = { title: 'Edit address' };

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ customer }, countries] = await Promise.all([
    requireCustomer(`/account/addresses/${encodeURIComponent(id)}/edit`),
    getCountries(),
  ]);
  const address = customer.addresses.find((a) => a.id === id);
  if (!address) notFound();

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Edit address</h1>
      <AddressForm
        action={updateAddress.bind(null, address.id)}
        countries={countries}
        submitLabel="Save changes"
        initial={toAddressFormValues(address)}
      />
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { AddressForm } from '@/components/account/address-form';
import { requireCustomer } from '@/lib/auth';
import { getCountries } from '@/lib/countries';
import { toAddressFormValues } from '@/lib/schemas/address';

import { updateAddress } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('editAddressPage');
  return { title: t('title') };
}

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ customer }, countries, t] = await Promise.all([
    requireCustomer(`/account/addresses/${encodeURIComponent(id)}/edit`),
    getCountries(),
    getTranslations('editAddressPage'),
  ]);
  const address = customer.addresses.find((a) => a.id === id);
  if (!address) notFound();

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <AddressForm
        action={updateAddress.bind(null, address.id)}
        countries={countries}
        submitLabel={t('save')}
        initial={toAddressFormValues(address)}
      />
    </div>
  );
}

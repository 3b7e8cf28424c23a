import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { AddressForm } from '@/components/account/address-form';
import { requireCustomer } from '@/lib/auth';
import { getCountries } from '@/lib/countries';
import { toAddressFormValues } from '@/lib/schemas/address';

import { createAddress } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('newAddressPage');
  return { title: t('title') };
}

export default async function NewAddressPage() {
  const [{ customer }, countries, t] = await Promise.all([
    requireCustomer('/account/addresses/new'),
    getCountries(),
    getTranslations('newAddressPage'),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <AddressForm
        action={createAddress}
        countries={countries}
        submitLabel={t('save')}
        initial={toAddressFormValues({
          firstName: customer.firstName,
          lastName: customer.lastName,
          phone: customer.phone,
        })}
      />
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { AddressLines } from '@/components/account/address-card';
import { OrderTable } from '@/components/account/order-table';
import { toOrderRows } from '@/lib/orders/rows';
import { ProfileAvatar } from '@/components/account/profile-avatar';
import { ProfileCompleteness } from '@/components/account/profile-completeness';
import { PageSection } from '@/components/ui/page-section';
import { getBackend } from '@/lib/store/server';
import { initialsOf } from '@/lib/profile-photo-rules';

import { getOverview } from './page-data';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('overviewPage');
  return { title: t('title') };
}

export default async function AccountOverviewPage() {
  const [{ customer, recentOrders: orders }, t] = await Promise.all([
    getOverview(),
    getTranslations('overviewPage'),
  ]);
  const defaultAddress = customer.addresses.find((a) => a.isDefaultShipping) ?? null;
  const { capabilities } = getBackend();

  return (
    <div className="flex flex-col gap-8">
      <div className="flex items-center gap-4">
        {capabilities.storesProfilePhoto ? (
          <ProfileAvatar
            photoUrl={customer.photo?.url ?? null}
            initials={initialsOf(customer)}
            size={64}
            label={customer.photo ? t('photoLabel') : undefined}
          />
        ) : null}
        <h1 className="text-2xl font-semibold">
          {t('greeting', { firstName: customer.firstName })}
        </h1>
      </div>

      <ProfileCompleteness customer={customer} capabilities={capabilities} />

      <PageSection headingId="profile-heading" title={t('profile.title')}>
        <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
          <dt className="text-gray-600">{t('profile.name')}</dt>
          <dd>
            {customer.firstName} {customer.lastName}
          </dd>
          {customer.companyName ? (
            <>
              <dt className="text-gray-600">{t('profile.company')}</dt>
              <dd>{customer.companyName}</dd>
            </>
          ) : null}
          <dt className="text-gray-600">{t('profile.email')}</dt>
          <dd>{customer.email}</dd>
          <dt className="text-gray-600">{t('profile.phone')}</dt>
          <dd>{customer.phone ?? t('profile.phoneNotGiven')}</dd>
        </dl>
        <Link href="/account/profile" className="text-sm text-indigo-700 underline">
          {t('profile.edit')}
        </Link>
      </PageSection>

      <PageSection headingId="default-address-heading" title={t('defaultAddress.title')}>
        {defaultAddress ? (
          <AddressLines address={defaultAddress} />
        ) : (
          <p className="text-sm text-gray-700">{t('defaultAddress.none')}</p>
        )}
        <Link href="/account/addresses" className="text-sm text-indigo-700 underline">
          {t('defaultAddress.manage')}
        </Link>
      </PageSection>

      <PageSection headingId="recent-orders-heading" title={t('recentOrders.title')}>
        {orders.items.length > 0 ? (
          <OrderTable orders={toOrderRows(orders).items} caption={t('recentOrders.caption')} />
        ) : (
          <p className="text-sm text-gray-700">{t('recentOrders.none')}</p>
        )}
        <Link href="/account/orders" className="text-sm text-indigo-700 underline">
          {t('recentOrders.viewAll', { count: orders.count })}
        </Link>
      </PageSection>
    </div>
  );
}

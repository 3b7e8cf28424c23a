import type { Metadata } from 'next';
import Link from 'next/link';

import { AddressLines } from '@/components/account/address-card';
import { OrderTable } from '@/components/account/order-table';
import { toOrderRows } from '@/lib/orders/rows';
import { ProfileAvatar } from '@/components/account/profile-avatar';
import { ProfileCompleteness } from '@/components/account/profile-completeness';
import { PageSection } from '@/components/ui/page-section';
import { getBackend } from '@/lib/store/server';
import { initialsOf } from '@/lib/profile-photo-rules';

import { getOverview } from './page-data';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountOverviewPage() {
  const { customer, recentOrders: orders } = await getOverview();
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
            label={customer.photo ? 'Your profile photo' : undefined}
          />
        ) : null}
        <h1 className="text-2xl font-semibold">Hello, {customer.firstName}</h1>
      </div>

      <ProfileCompleteness customer={customer} capabilities={capabilities} />

      <PageSection headingId="profile-heading" title="Profile">
        <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
          <dt className="text-gray-600">Name</dt>
          <dd>
            {customer.firstName} {customer.lastName}
          </dd>
          {customer.companyName ? (
            <>
              <dt className="text-gray-600">Company</dt>
              <dd>{customer.companyName}</dd>
            </>
          ) : null}
          <dt className="text-gray-600">Email</dt>
          <dd>{customer.email}</dd>
          <dt className="text-gray-600">Phone</dt>
          <dd>{customer.phone ?? 'Not given'}</dd>
        </dl>
        <Link href="/account/profile" className="text-sm text-indigo-700 underline">
          Edit profile
        </Link>
      </PageSection>

      <PageSection headingId="default-address-heading" title="Default shipping address">
        {defaultAddress ? (
          <AddressLines address={defaultAddress} />
        ) : (
          <p className="text-sm text-gray-700">You have not chosen a default shipping address.</p>
        )}
        <Link href="/account/addresses" className="text-sm text-indigo-700 underline">
          Manage addresses
        </Link>
      </PageSection>

      <PageSection headingId="recent-orders-heading" title="Recent orders">
        {orders.items.length > 0 ? (
          <OrderTable orders={toOrderRows(orders).items} caption="Your most recent orders" />
        ) : (
          <p className="text-sm text-gray-700">You have not placed any orders yet.</p>
        )}
        <Link href="/account/orders" className="text-sm text-indigo-700 underline">
          View all orders ({orders.count})
        </Link>
      </PageSection>
    </div>
  );
}

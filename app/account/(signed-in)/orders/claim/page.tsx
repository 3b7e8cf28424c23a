import type { Metadata } from 'next';
import Link from 'next/link';

import { GuestOrderForm } from '@/components/account/guest-order-form';
import { Notice } from '@/components/ui/notice';
import { requireCustomer } from '@/lib/auth';
import { GUEST_ORDER_PATH } from '@/lib/claim-link';
import { GUEST_ORDER_COPY } from '@/lib/orders/guest-order';

import { requestGuestOrder } from './actions';

export const metadata: Metadata = { title: 'Add an order placed without an account' };

export default async function GuestOrderPage() {
  const { store } = await requireCustomer(GUEST_ORDER_PATH);
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">Add an order placed without an account</h1>
      {store.guestOrders ? (
        <>
          <p className="text-sm text-gray-700">
            Bought something here without signing in? Enter the order id from its confirmation
            email. We will email a link to the address the order was placed with; opening that link
            adds the order to this account.
          </p>
          <GuestOrderForm action={requestGuestOrder} />
        </>
      ) : (
        <Notice>{GUEST_ORDER_COPY.notOffered}</Notice>
      )}
      <Link href="/account/orders" className="text-sm text-indigo-700 underline">
        Back to your orders
      </Link>
    </div>
  );
}

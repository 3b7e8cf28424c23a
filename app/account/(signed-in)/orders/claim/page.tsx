import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { GuestOrderForm } from '@/components/account/guest-order-form';
import { Notice } from '@/components/ui/notice';
import { requireCustomer } from '@/lib/auth';
import { GUEST_ORDER_PATH } from '@/lib/claim-link';
import { translateMessage } from '@/lib/i18n/message';
import { GUEST_ORDER_COPY } from '@/lib/orders/guest-order';

import { requestGuestOrder } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('guestOrderPage');
  return { title: t('title') };
}

export default async function GuestOrderPage() {
  const [{ store }, t, messages] = await Promise.all([
    requireCustomer(GUEST_ORDER_PATH),
    getTranslations('guestOrderPage'),
    getTranslations(),
  ]);
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {store.guestOrders ? (
        <>
          <p className="text-sm text-gray-700">{t('intro')}</p>
          <GuestOrderForm action={requestGuestOrder} />
        </>
      ) : (
        <Notice>{translateMessage(messages, GUEST_ORDER_COPY.notOffered)}</Notice>
      )}
      <Link href="/account/orders" className="text-sm text-indigo-700 underline">
        {t('backToOrders')}
      </Link>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { ORDERS_HEADING_ID, OrdersBrowser } from '@/components/account/orders-browser';
import { QueryProvider } from '@/components/account/query-provider';
import { ClientMessages } from '@/components/client-messages';
import { GUEST_ORDER_PATH } from '@/lib/claim-link';
import { getBackend } from '@/lib/store/server';
import { ordersPageUrl, parsePageParam } from '@/lib/pagination';

import { getOrdersPage } from './page-data';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ordersPage');
  return { title: t('title') };
}

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = parsePageParam((await searchParams).page);
  const [orders, t] = await Promise.all([getOrdersPage(page), getTranslations('ordersPage')]);

  // Past the last page: show the last page rather than an empty list.
  if (page > orders.pageCount) redirect(ordersPageUrl(orders.pageCount));

  return (
    <div className="flex flex-col gap-6">
      <h1 id={ORDERS_HEADING_ID} tabIndex={-1} className="text-2xl font-semibold">
        {t('title')}
      </h1>
      {orders.count === 0 ? (
        <p className="text-sm text-gray-700">{t('none')}</p>
      ) : (
        // TanStack Query's cache lives here, around the one part of the account that uses it,
        // so that no other account page loads it.
        <ClientMessages of="orders">
          <QueryProvider>
            <OrdersBrowser initial={orders} />
          </QueryProvider>
        </ClientMessages>
      )}
      {getBackend().capabilities.addsGuestOrders ? (
        <section
          aria-labelledby="guest-orders-heading"
          className="flex flex-col gap-2 border-t border-gray-200 pt-6"
        >
          <h2 id="guest-orders-heading" className="text-lg font-semibold">
            {t('missing.heading')}
          </h2>
          <p className="text-sm text-gray-700">{t('missing.text')}</p>
          <Link href={GUEST_ORDER_PATH} className="text-sm text-indigo-700 underline">
            {t('missing.add')}
          </Link>
        </section>
      ) : null}
    </div>
  );
}

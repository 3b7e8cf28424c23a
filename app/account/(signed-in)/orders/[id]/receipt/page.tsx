import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { OrderReceipt } from '@/components/account/order-receipt';
import { PrintButton } from '@/components/account/print-button';
import { storeName } from '@/lib/settings';

import { getOwnOrder } from '../page-data';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('receiptPage');
  return { title: t('title') };
}

// The same read as the order's page (and the same order cache entry): a receipt costs Medusa
// no more than the page it is opened from.
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const [order, t] = await Promise.all([
    params.then(({ id }) => getOwnOrder(id, '/receipt')),
    getTranslations('receiptPage'),
  ]);
  return (
    <div className="flex max-w-3xl flex-col gap-4 print:max-w-none">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link
          href={`/account/orders/${encodeURIComponent(order.id)}`}
          className="text-sm text-indigo-700 underline"
        >
          {t('back', { number: order.displayId })}
        </Link>
        {/* The button's words come from here, so that the browser needs no catalogue for it. */}
        <PrintButton label={t('print')} hint={t('printHint')} />
      </div>
      <OrderReceipt order={order} storeName={storeName()} />
    </div>
  );
}

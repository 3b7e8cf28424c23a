import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { AddressLines } from '@/components/account/address-card';
import { OrderItemsTable, ShippingMethods } from '@/components/account/order-items-table';
import { ShipmentList } from '@/components/account/shipment-list';
import { StatusBadge } from '@/components/account/status-badge';
import { Notice } from '@/components/ui/notice';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { PageSection } from '@/components/ui/page-section';
import { translateMessage } from '@/lib/i18n/message';
import { getFormats } from '@/lib/i18n/server';
import { canReturnItems } from '@/lib/orders/returns';
import { FULFILLMENT_LABELS, orderProgress, PAYMENT_LABELS } from '@/lib/orders/status';
import { getBackend } from '@/lib/store/server';

import { orderOutcome, orderUrl } from './outcomes';
import { getOwnOrder } from './page-data';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orderPage');
  return { title: t('title') };
}

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [order, { done }] = await Promise.all([getOwnOrder((await params).id), searchParams]);
  // The page's own words, and the statuses and outcomes it shows by their catalogue keys.
  const [t, messages, f] = await Promise.all([
    getTranslations('orderPage'),
    getTranslations(),
    getFormats(),
  ]);
  const { reportsDelivery } = getBackend().capabilities;
  const progress = orderProgress(order);
  const cancelled = order.status === 'canceled';
  const outcome = orderOutcome(done);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <Link href="/account/orders" className="self-start text-sm text-indigo-700 underline">
          {t('back')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{t('heading', { number: order.displayId })}</h1>
          <StatusBadge label={translateMessage(messages, progress.label)} tone={progress.tone} />
        </div>
        <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
          <dt className="text-gray-700">{t('placedOn')}</dt>
          <dd>{f.date(order.createdAt)}</dd>
          <dt className="text-gray-700">{t('delivery')}</dt>
          <dd>{translateMessage(messages, FULFILLMENT_LABELS[order.fulfillmentStatus])}</dd>
          <dt className="text-gray-700">{t('payment')}</dt>
          <dd>{translateMessage(messages, PAYMENT_LABELS[order.paymentStatus])}</dd>
          <dt className="text-gray-700">{t('email')}</dt>
          <dd>{order.email}</dd>
        </dl>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <Link href={`${orderUrl(order.id)}/receipt`} className="text-indigo-700 underline">
            {t('viewReceipt')}
          </Link>
          {canReturnItems(order) ? (
            <Link href={`${orderUrl(order.id)}/return`} className="text-indigo-700 underline">
              {t('returnItems')}
            </Link>
          ) : null}
        </div>
      </div>

      {outcome ? (
        <OutcomeNotice key={String(done)} tone={outcome.tone}>
          {translateMessage(messages, outcome.text)}
        </OutcomeNotice>
      ) : null}

      {cancelled ? <Notice tone="info">{t('cancelled')}</Notice> : null}

      {cancelled ? null : (
        <PageSection headingId="shipments-heading" title={t('shipments')} gap="gap-3">
          <ShipmentList order={order} reportsDelivery={reportsDelivery} />
        </PageSection>
      )}

      <PageSection headingId="items-heading" title={t('items')}>
        <OrderItemsTable order={order} />
      </PageSection>

      <PageSection headingId="shipping-heading" title={t('shippingAddress')}>
        {order.shippingAddress ? (
          <AddressLines address={order.shippingAddress} />
        ) : (
          <p className="text-sm text-gray-700">{t('noShippingAddress')}</p>
        )}
        <ShippingMethods order={order} />
      </PageSection>
    </div>
  );
}

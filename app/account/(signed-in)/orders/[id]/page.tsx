import type { Metadata } from 'next';
import Link from 'next/link';

import { AddressLines } from '@/components/account/address-card';
import { formatDate } from '@/components/account/format';
import { OrderItemsTable, ShippingMethods } from '@/components/account/order-items-table';
import { ShipmentList } from '@/components/account/shipment-list';
import { StatusBadge } from '@/components/account/status-badge';
import { Notice } from '@/components/ui/notice';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { PageSection } from '@/components/ui/page-section';
import { canReturnItems } from '@/lib/orders/returns';
import { FULFILLMENT_LABELS, orderProgress, PAYMENT_LABELS } from '@/lib/orders/status';
import { getBackend } from '@/lib/store/server';

import { orderOutcome, orderUrl } from './outcomes';
import { getOwnOrder } from './page-data';

export const metadata: Metadata = { title: 'Order details' };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [order, { done }] = await Promise.all([getOwnOrder((await params).id), searchParams]);
  const { reportsDelivery } = getBackend().capabilities;
  const progress = orderProgress(order);
  const cancelled = order.status === 'canceled';
  const outcome = orderOutcome(done);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <Link href="/account/orders" className="self-start text-sm text-indigo-700 underline">
          Back to orders
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">Order #{order.displayId}</h1>
          <StatusBadge label={progress.label} tone={progress.tone} />
        </div>
        <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
          <dt className="text-gray-700">Placed on</dt>
          <dd>{formatDate(order.createdAt)}</dd>
          <dt className="text-gray-700">Delivery</dt>
          <dd>{FULFILLMENT_LABELS[order.fulfillmentStatus]}</dd>
          <dt className="text-gray-700">Payment</dt>
          <dd>{PAYMENT_LABELS[order.paymentStatus]}</dd>
          <dt className="text-gray-700">Email</dt>
          <dd>{order.email}</dd>
        </dl>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <Link href={`${orderUrl(order.id)}/receipt`} className="text-indigo-700 underline">
            View receipt
          </Link>
          {canReturnItems(order) ? (
            <Link href={`${orderUrl(order.id)}/return`} className="text-indigo-700 underline">
              Return items
            </Link>
          ) : null}
        </div>
      </div>

      {outcome ? (
        <OutcomeNotice key={String(done)} tone={outcome.tone}>
          {outcome.text}
        </OutcomeNotice>
      ) : null}

      {cancelled ? (
        <Notice tone="info">
          This order was cancelled. Nothing more will be shipped, and any payment held for it has
          been released.
        </Notice>
      ) : null}

      {cancelled ? null : (
        <PageSection headingId="shipments-heading" title="Shipments" gap="gap-3">
          <ShipmentList order={order} reportsDelivery={reportsDelivery} />
        </PageSection>
      )}

      <PageSection headingId="items-heading" title="Items">
        <OrderItemsTable order={order} />
      </PageSection>

      <PageSection headingId="shipping-heading" title="Shipping address">
        {order.shippingAddress ? (
          <AddressLines address={order.shippingAddress} />
        ) : (
          <p className="text-sm text-gray-700">No shipping address.</p>
        )}
        <ShippingMethods order={order} />
      </PageSection>
    </div>
  );
}

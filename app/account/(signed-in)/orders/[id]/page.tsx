import type { Metadata } from 'next';
import Link from 'next/link';

import { AddressLines } from '@/components/account/address-card';
import { formatDate, formatMoney } from '@/components/account/format';
import { ProductThumbnail } from '@/components/account/product-thumbnail';
import { ShipmentList } from '@/components/account/shipment-list';
import { StatusBadge } from '@/components/account/status-badge';
import { Notice } from '@/components/ui/notice';
import { PageSection } from '@/components/ui/page-section';
import { TableHead, type Column } from '@/components/ui/table-head';
import { FULFILLMENT_LABELS, orderProgress, PAYMENT_LABELS } from '@/lib/orders/status';
import { productImage } from '@/lib/store-image';
import { getBackend, type LineReturns, type Money } from '@/lib/store/server';

import { getOwnOrder } from './page-data';

export const metadata: Metadata = { title: 'Order details' };

const minus = (money: Money): Money => ({ ...money, amount: -money.amount });

const ITEM_COLUMNS: readonly Column[] = [
  ['Item', 'py-2 pr-4 font-medium'],
  ['Quantity', 'py-2 pr-4 font-medium'],
  ['Price', 'py-2 pr-4 font-medium'],
  ['Total', 'py-2 text-right font-medium'],
];

/** What of a line is on its way back, or back: nothing when none of it was asked back. */
function LineReturnState({ returns }: { returns: LineReturns }) {
  const states = [
    returns.requested > 0 ? `Return requested: ${returns.requested}` : null,
    returns.received > 0 ? `Returned: ${returns.received}` : null,
  ].filter(Boolean);
  if (states.length === 0) return null;
  return (
    <span className="block text-xs font-normal text-gray-800">{states.join(' · ')}</span>
  );
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const order = await getOwnOrder((await params).id);
  const { reportsDelivery } = getBackend().capabilities;
  const progress = orderProgress(order);
  const cancelled = order.status === 'canceled';

  const discountLabel =
    order.discounts.length > 0
      ? `Discount (${order.discounts.map((d) => d.code).join(', ')})`
      : 'Discount';
  const totals = [
    { label: 'Subtotal', money: order.subtotal },
    { label: 'Shipping', money: order.shippingTotal },
    ...(order.discountTotal.amount
      ? [{ label: discountLabel, money: minus(order.discountTotal) }]
      : []),
    { label: 'Tax', money: order.taxTotal },
  ];

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
      </div>

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
        <table className="w-full text-left text-sm">
          <TableHead columns={ITEM_COLUMNS} />
          <tbody>
            {order.items.map((item) => (
              <tr key={item.id} className="border-b border-gray-100">
                <th scope="row" className="py-3 pr-4 font-medium">
                  <span className="flex items-center gap-3">
                    <ProductThumbnail
                      image={productImage(item.thumbnail, 64)}
                      title={item.title}
                      size={64}
                    />
                    <span>
                      {item.title}
                      {item.variantTitle && item.variantTitle !== item.title ? (
                        <span className="block text-xs font-normal text-gray-700">
                          {item.variantTitle}
                        </span>
                      ) : null}
                      <LineReturnState returns={item.returns} />
                    </span>
                  </span>
                </th>
                <td className="py-3 pr-4">{item.quantity}</td>
                <td className="py-3 pr-4">{formatMoney(item.unitPrice)}</td>
                <td className="py-3 text-right">{formatMoney(item.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {totals.map((row) => (
              <tr key={row.label}>
                <th
                  scope="row"
                  colSpan={3}
                  className="py-1 pr-4 text-right font-normal text-gray-700"
                >
                  {row.label}
                </th>
                <td className="py-1 text-right">{formatMoney(row.money)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={3} className="py-2 pr-4 text-right font-semibold">
                Total
              </th>
              <td className="py-2 text-right font-semibold">{formatMoney(order.total)}</td>
            </tr>
            {order.refundedTotal.amount > 0 ? (
              <tr>
                <th
                  scope="row"
                  colSpan={3}
                  className="py-1 pr-4 text-right font-normal text-gray-700"
                >
                  Refunded
                </th>
                <td className="py-1 text-right">{formatMoney(minus(order.refundedTotal))}</td>
              </tr>
            ) : null}
          </tfoot>
        </table>
      </PageSection>

      <PageSection headingId="shipping-heading" title="Shipping address">
        {order.shippingAddress ? (
          <AddressLines address={order.shippingAddress} />
        ) : (
          <p className="text-sm text-gray-700">No shipping address.</p>
        )}
        {order.shippingMethods.length > 0 ? (
          <p className="text-sm text-gray-800">
            <span className="text-gray-700">Shipping method: </span>
            {order.shippingMethods
              .map((method) => `${method.name} (${formatMoney(method.amount)})`)
              .join(', ')}
          </p>
        ) : null}
      </PageSection>
    </div>
  );
}

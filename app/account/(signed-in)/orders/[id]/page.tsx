import type { Metadata } from 'next';
import Link from 'next/link';

import { AddressLines } from '@/components/account/address-card';
import { formatDate, formatMoney, orderStatusLabel } from '@/components/account/format';

import { getOwnOrder } from './page-data';

export const metadata: Metadata = { title: 'Order details' };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const order = await getOwnOrder((await params).id);

  const totals = [
    { label: 'Subtotal', money: order.subtotal },
    { label: 'Shipping', money: order.shippingTotal },
    ...(order.discountTotal.amount
      ? [
          {
            label: 'Discount',
            money: { ...order.discountTotal, amount: -order.discountTotal.amount },
          },
        ]
      : []),
    { label: 'Tax', money: order.taxTotal },
  ];

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <Link href="/account/orders" className="text-sm text-indigo-700 underline">
          Back to orders
        </Link>
        <h1 className="text-2xl font-semibold">Order #{order.displayId}</h1>
        <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
          <dt className="text-gray-600">Placed on</dt>
          <dd>{formatDate(order.createdAt)}</dd>
          <dt className="text-gray-600">Status</dt>
          <dd>{orderStatusLabel(order.status)}</dd>
          <dt className="text-gray-600">Email</dt>
          <dd>{order.email}</dd>
        </dl>
      </div>

      <section aria-labelledby="items-heading" className="flex flex-col gap-2">
        <h2 id="items-heading" className="text-lg font-semibold">
          Items
        </h2>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-gray-200 text-gray-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Item
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Quantity
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Price
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item) => (
              <tr key={item.id} className="border-b border-gray-100">
                <th scope="row" className="py-3 pr-4 font-medium">
                  {item.title}
                  {item.variantTitle && item.variantTitle !== item.title ? (
                    <span className="block text-xs font-normal text-gray-600">
                      {item.variantTitle}
                    </span>
                  ) : null}
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
                  className="py-1 pr-4 text-right font-normal text-gray-600"
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
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="shipping-heading" className="flex flex-col gap-2">
        <h2 id="shipping-heading" className="text-lg font-semibold">
          Shipping address
        </h2>
        {order.shippingAddress ? (
          <AddressLines address={order.shippingAddress} />
        ) : (
          <p className="text-sm text-gray-700">No shipping address.</p>
        )}
      </section>
    </div>
  );
}

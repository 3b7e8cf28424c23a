import Link from 'next/link';

import type { OrderSummary } from '@/lib/medusa/types';

import { formatDate, formatMoney, orderStatusLabel } from './format';

export function OrderTable({ orders, caption }: { orders: OrderSummary[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-gray-200 text-gray-600">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            Order
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Date
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Status
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Items
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} className="border-b border-gray-100">
            <th scope="row" className="py-3 pr-4 font-medium">
              <Link href={`/account/orders/${order.id}`} className="text-indigo-700 underline">
                Order #{order.displayId}
              </Link>
            </th>
            <td className="py-3 pr-4">{formatDate(order.createdAt)}</td>
            <td className="py-3 pr-4">{orderStatusLabel(order.status)}</td>
            <td className="py-3 pr-4">{order.itemCount}</td>
            <td className="py-3 text-right">{formatMoney(order.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

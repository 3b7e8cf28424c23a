import Link from 'next/link';

import { ORDER_ROW_IMAGE_SIZE, type OrderRow } from '@/lib/orders/order-row';
import type { OrderSummary } from '@/lib/store';

import { formatDate, formatMoney } from './format';
import { ProductThumbnail } from './product-thumbnail';
import { StatusBadge } from './status-badge';

/** "Linen Shirt", "Linen Shirt and 1 more item", "Linen Shirt and 2 more items". */
export function itemsSummary(order: OrderSummary): string {
  const first = order.firstItem?.title ?? 'No items';
  const others = order.otherLineCount;
  return others === 0 ? first : `${first} and ${others} more ${others === 1 ? 'item' : 'items'}`;
}

export function OrderTable({ orders, caption }: { orders: OrderRow[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-gray-200 text-gray-700">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            Order
          </th>
          <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
            Date
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Items
          </th>
          <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
            Status
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => {
          const { progress } = order;
          return (
            <tr key={order.id} className="border-b border-gray-100 align-middle">
              <th scope="row" className="py-3 pr-4 font-medium">
                <Link
                  href={`/account/orders/${order.id}`}
                  className="whitespace-nowrap text-indigo-700 underline"
                >
                  Order #{order.displayId}
                </Link>
                {/* On a phone the date and the status go under the number; from the small
                    breakpoint up they have columns of their own. */}
                <span className="block text-xs font-normal text-gray-700 sm:hidden">
                  {formatDate(order.createdAt)}
                </span>
                <StatusBadge
                  label={progress.label}
                  tone={progress.tone}
                  className="mt-1 font-normal sm:hidden"
                />
              </th>
              <td className="hidden py-3 pr-4 whitespace-nowrap sm:table-cell">
                {formatDate(order.createdAt)}
              </td>
              <td className="py-3 pr-4">
                <span className="flex items-center gap-3">
                  <ProductThumbnail
                    image={order.firstItemImage}
                    title={order.firstItem?.title ?? ''}
                    size={ORDER_ROW_IMAGE_SIZE}
                  />
                  <span>{itemsSummary(order)}</span>
                </span>
              </td>
              <td className="hidden py-3 pr-4 sm:table-cell">
                <StatusBadge label={progress.label} tone={progress.tone} />
              </td>
              <td className="py-3 text-right whitespace-nowrap">{formatMoney(order.total)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

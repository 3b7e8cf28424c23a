import Link from 'next/link';

import { TableHead, type Column } from '@/components/ui/table-head';
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

/**
 * The table's columns and their look: the date and the status have columns of their own from
 * the small breakpoint up (on a phone they go under the order's number, see the rows).
 */
const COLUMNS: readonly Column[] = [
  ['Order', 'py-2 pr-4 font-medium'],
  ['Date', 'hidden py-2 pr-4 font-medium sm:table-cell'],
  ['Items', 'py-2 pr-4 font-medium'],
  ['Status', 'hidden py-2 pr-4 font-medium sm:table-cell'],
  ['Total', 'py-2 text-right font-medium'],
];

export function OrderTable({ orders, caption }: { orders: OrderRow[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <TableHead columns={COLUMNS} />
      <tbody>
        {orders.map((order) => {
          // The date and the status stand twice: under the number on a phone, in columns of
          // their own from the small breakpoint up.
          const { progress } = order;
          const date = formatDate(order.createdAt);
          return (
            <tr key={order.id} className="border-b border-gray-100 align-middle">
              <th scope="row" className="py-3 pr-4 font-medium">
                <Link
                  href={`/account/orders/${order.id}`}
                  className="whitespace-nowrap text-indigo-700 underline"
                >
                  Order #{order.displayId}
                </Link>
                <span className="block text-xs font-normal text-gray-700 sm:hidden">{date}</span>
                <StatusBadge {...progress} className="mt-1 font-normal sm:hidden" />
              </th>
              <td className="hidden py-3 pr-4 whitespace-nowrap sm:table-cell">{date}</td>
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
                <StatusBadge {...progress} />
              </td>
              <td className="py-3 text-right whitespace-nowrap">{formatMoney(order.total)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

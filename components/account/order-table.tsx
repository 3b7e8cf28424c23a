import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { TableHead, type Column } from '@/components/ui/table-head';
import { useFormats } from '@/lib/i18n/use-formats';
import { ORDER_ROW_IMAGE_SIZE, progressText, type OrderRow } from '@/lib/orders/order-row';
import type { OrderSummary } from '@/lib/store';

import { ProductThumbnail } from './product-thumbnail';
import { StatusBadge } from './status-badge';

/** The `orderTable` translator, or one that reads its keys the same way. */
/** The `orderTable` translator. */
type TableTranslator = ReturnType<typeof useTranslations<'orderTable'>>;

/** "Linen Shirt", "Linen Shirt and 1 more item", "Linen Shirt and 2 more items". */
export function itemsSummary(order: OrderSummary, t: TableTranslator): string {
  const first = order.firstItem?.title ?? t('noItems');
  const others = order.otherLineCount;
  return others === 0 ? first : t('itemsAndMore', { first, others });
}

/**
 * The table's columns (their headings are `orderTable.columns.<key>`) and their look: the date
 * and the status have columns of their own from the small breakpoint up (on a phone they go
 * under the order's number, see the rows).
 */
const COLUMNS = [
  ['order', 'py-2 pr-4 font-medium'],
  ['date', 'hidden py-2 pr-4 font-medium sm:table-cell'],
  ['items', 'py-2 pr-4 font-medium'],
  ['status', 'hidden py-2 pr-4 font-medium sm:table-cell'],
  ['total', 'py-2 text-right font-medium'],
] as const satisfies readonly Column[];

/**
 * The orders table, on the server (the overview) and in the browser (the orders list): its
 * namespaces, `orderTable` and `orderProgress`, travel with the orders list (PAGE_MESSAGES).
 */
export function OrderTable({ orders, caption }: { orders: OrderRow[]; caption: string }) {
  const t = useTranslations('orderTable');
  const root = useTranslations();
  const f = useFormats();
  const columns = COLUMNS.map(([key, className]) => [t(`columns.${key}`), className] as const);
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <TableHead columns={columns} />
      <tbody>
        {orders.map((order) => {
          // The date and the status stand twice: under the number on a phone, in columns of
          // their own from the small breakpoint up.
          const progress = { label: progressText(root, order.progress), tone: order.progress.tone };
          const date = f.date(order.createdAt);
          return (
            <tr key={order.id} className="border-b border-gray-100 align-middle">
              <th scope="row" className="py-3 pr-4 font-medium">
                <Link
                  href={`/account/orders/${order.id}`}
                  className="whitespace-nowrap text-indigo-700 underline"
                >
                  {t('orderNumber', { number: order.displayId })}
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
                  <span>{itemsSummary(order, t)}</span>
                </span>
              </td>
              <td className="hidden py-3 pr-4 sm:table-cell">
                <StatusBadge {...progress} />
              </td>
              <td className="py-3 text-right whitespace-nowrap">{f.money(order.total)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useTranslations } from 'next-intl';

import { useFormats } from '@/lib/i18n/use-formats';
import { productImage } from '@/lib/store-image';
import type { LineReturns, Money, Order } from '@/lib/store';
import { TableHead, type Column } from '@/components/ui/table-head';

import { ProductThumbnail } from './product-thumbnail';

const minus = (money: Money): Money => ({ ...money, amount: -money.amount });

/** The columns: their headings are `orderItemsTable.columns.<key>`. */
const ITEM_COLUMNS = [
  ['item', 'py-2 pr-4 font-medium'],
  ['quantity', 'py-2 pr-4 font-medium'],
  ['price', 'py-2 pr-4 font-medium'],
  ['total', 'py-2 text-right font-medium'],
] as const satisfies readonly Column[];

type TotalLabel = 'subtotal' | 'shipping' | 'discount' | 'discountWithCodes' | 'tax';

/**
 * What the order came to, line by line under the items: the same rows wherever it is shown.
 * Each label is a key of `orderItemsTable`, with its values.
 */
function totalRows(
  order: Order,
): { key: string; label: TotalLabel; values?: Record<string, string>; money: Money }[] {
  const discount: { label: TotalLabel; values?: Record<string, string> } =
    order.discounts.length > 0
      ? {
          label: 'discountWithCodes',
          values: { codes: order.discounts.map((d) => d.code).join(', ') },
        }
      : { label: 'discount' };
  return [
    { key: 'subtotal', label: 'subtotal', money: order.subtotal },
    { key: 'shipping', label: 'shipping', money: order.shippingTotal },
    ...(order.discountTotal.amount
      ? [{ key: 'discount', ...discount, money: minus(order.discountTotal) }]
      : []),
    { key: 'tax', label: 'tax', money: order.taxTotal },
  ];
}

/** What of a line is on its way back, or back: nothing when none of it was asked back. */
function LineReturnState({ returns }: { returns: LineReturns }) {
  const t = useTranslations('orderItemsTable');
  const states = [
    returns.requested > 0 ? t('returnRequested', { count: returns.requested }) : null,
    returns.received > 0 ? t('returned', { count: returns.received }) : null,
  ].filter(Boolean);
  if (states.length === 0) return null;
  return <span className="block text-xs font-normal text-gray-800">{states.join(' · ')}</span>;
}

/**
 * An order's lines (quantity, unit price, line total) and its totals: subtotal, shipping,
 * discount, tax, the total and any refund. The order's page shows each line's picture; a
 * receipt, made for paper, leaves them out (`pictures={false}`).
 */
export function OrderItemsTable({ order, pictures = true }: { order: Order; pictures?: boolean }) {
  const t = useTranslations('orderItemsTable');
  const f = useFormats();
  const columns = ITEM_COLUMNS.map(([key, className]) => [t(`columns.${key}`), className] as const);
  return (
    <table className="w-full text-left text-sm">
      <TableHead columns={columns} />
      <tbody>
        {order.items.map((item) => (
          <tr key={item.id} className="break-inside-avoid border-b border-gray-100">
            <th scope="row" className="py-3 pr-4 font-medium wrap-anywhere">
              <span className="flex items-center gap-3">
                {pictures ? (
                  <ProductThumbnail
                    image={productImage(item.thumbnail, 64)}
                    title={item.title}
                    size={64}
                  />
                ) : null}
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
            <td className="py-3 pr-4">{f.money(item.unitPrice)}</td>
            <td className="py-3 text-right">{f.money(item.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="break-inside-avoid">
        {totalRows(order).map((row) => (
          <tr key={row.key}>
            <th scope="row" colSpan={3} className="py-1 pr-4 text-right font-normal text-gray-700">
              {t(row.label, row.values)}
            </th>
            <td className="py-1 text-right">{f.money(row.money)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" colSpan={3} className="py-2 pr-4 text-right font-semibold">
            {t('total')}
          </th>
          <td className="py-2 text-right font-semibold">{f.money(order.total)}</td>
        </tr>
        {order.refundedTotal.amount > 0 ? (
          <tr>
            <th scope="row" colSpan={3} className="py-1 pr-4 text-right font-normal text-gray-700">
              {t('refunded')}
            </th>
            <td className="py-1 text-right">{f.money(minus(order.refundedTotal))}</td>
          </tr>
        ) : null}
      </tfoot>
    </table>
  );
}

/** How the order is sent and what that costs, under its address; nothing when it has no method. */
export function ShippingMethods({ order }: { order: Order }) {
  const t = useTranslations('orderItemsTable');
  const f = useFormats();
  if (order.shippingMethods.length === 0) return null;
  return (
    <p className="text-sm text-gray-800">
      <span className="text-gray-700">{t('shippingMethod')} </span>
      {order.shippingMethods
        .map((method) => t('method', { name: method.name, amount: f.money(method.amount) }))
        .join(', ')}
    </p>
  );
}

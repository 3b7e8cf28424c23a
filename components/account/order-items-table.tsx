import { productImage } from '@/lib/store-image';
import type { LineReturns, Money, Order } from '@/lib/store';
import { TableHead, type Column } from '@/components/ui/table-head';

import { formatMoney } from './format';
import { ProductThumbnail } from './product-thumbnail';

const minus = (money: Money): Money => ({ ...money, amount: -money.amount });

const ITEM_COLUMNS: readonly Column[] = [
  ['Item', 'py-2 pr-4 font-medium'],
  ['Quantity', 'py-2 pr-4 font-medium'],
  ['Price', 'py-2 pr-4 font-medium'],
  ['Total', 'py-2 text-right font-medium'],
];

/** What the order came to, line by line under the items: the same rows wherever it is shown. */
function totalRows(order: Order): { label: string; money: Money }[] {
  const discountLabel =
    order.discounts.length > 0
      ? `Discount (${order.discounts.map((d) => d.code).join(', ')})`
      : 'Discount';
  return [
    { label: 'Subtotal', money: order.subtotal },
    { label: 'Shipping', money: order.shippingTotal },
    ...(order.discountTotal.amount
      ? [{ label: discountLabel, money: minus(order.discountTotal) }]
      : []),
    { label: 'Tax', money: order.taxTotal },
  ];
}

/**
 * An order's lines (quantity, unit price, line total) and its totals: subtotal, shipping,
 * discount, tax, the total and any refund. The order's page shows each line's picture; a
 * receipt, made for paper, leaves them out (`pictures={false}`).
 */
/** What of a line is on its way back, or back: nothing when none of it was asked back. */
function LineReturnState({ returns }: { returns: LineReturns }) {
  const states = [
    returns.requested > 0 ? `Return requested: ${returns.requested}` : null,
    returns.received > 0 ? `Returned: ${returns.received}` : null,
  ].filter(Boolean);
  if (states.length === 0) return null;
  return <span className="block text-xs font-normal text-gray-800">{states.join(' · ')}</span>;
}

export function OrderItemsTable({ order, pictures = true }: { order: Order; pictures?: boolean }) {
  return (
    <table className="w-full text-left text-sm">
      <TableHead columns={ITEM_COLUMNS} />
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
            <td className="py-3 pr-4">{formatMoney(item.unitPrice)}</td>
            <td className="py-3 text-right">{formatMoney(item.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="break-inside-avoid">
        {totalRows(order).map((row) => (
          <tr key={row.label}>
            <th scope="row" colSpan={3} className="py-1 pr-4 text-right font-normal text-gray-700">
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
            <th scope="row" colSpan={3} className="py-1 pr-4 text-right font-normal text-gray-700">
              Refunded
            </th>
            <td className="py-1 text-right">{formatMoney(minus(order.refundedTotal))}</td>
          </tr>
        ) : null}
      </tfoot>
    </table>
  );
}

/** How the order is sent and what that costs, under its address; nothing when it has no method. */
export function ShippingMethods({ order }: { order: Order }) {
  if (order.shippingMethods.length === 0) return null;
  return (
    <p className="text-sm text-gray-800">
      <span className="text-gray-700">Shipping method: </span>
      {order.shippingMethods
        .map((method) => `${method.name} (${formatMoney(method.amount)})`)
        .join(', ')}
    </p>
  );
}

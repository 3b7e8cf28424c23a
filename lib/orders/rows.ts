import 'server-only';

import type { OrderSummary, Page } from '../store';

import { productImage } from '../store-image';
import { ORDER_ROW_IMAGE_SIZE, type OrderRow } from './order-row';
import { orderProgress } from './status';

export type { OrderRow } from './order-row';

/**
 * Orders as the table shows them, the first item's picture and the order's progress worked out
 * here on the server: the orders list renders its rows in the browser too, and this way it
 * loads neither next/image nor the status rules. An order with items asked back that the store
 * has not received yet says so in its status (one badge, so the table in the browser stays as
 * small as it was). The rows carry catalogue keys, not words: they are translated where they
 * are rendered, in the shopper's language.
 */
export function toOrderRows(page: Page<OrderSummary>): Page<OrderRow> {
  return {
    ...page,
    items: page.items.map((order) => ({
      ...order,
      firstItemImage: productImage(order.firstItem?.thumbnail ?? null, ORDER_ROW_IMAGE_SIZE),
      progress: { ...orderProgress(order), returnUnderWay: order.returnInProgress },
    })),
  };
}

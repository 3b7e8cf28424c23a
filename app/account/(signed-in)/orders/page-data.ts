import 'server-only';

import { toOrderRows, type OrderRow } from '@/lib/orders/rows';
import type { Page } from '@/lib/store/server';
import { orderList, readOwnOrders } from '@/lib/own-orders';
import { ORDERS_PAGE_SIZE, ordersPageUrl } from '@/lib/pagination';

/** One page of the signed-in customer's orders, newest first, as the table's rows. */
export async function getOrdersPage(page: number): Promise<Page<OrderRow>> {
  const { data } = await readOwnOrders(
    ordersPageUrl(page),
    orderList({ page, pageSize: ORDERS_PAGE_SIZE }),
  );
  return toOrderRows(data);
}

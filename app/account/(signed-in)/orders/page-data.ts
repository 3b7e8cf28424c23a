import 'server-only';

import type { OrderSummary, Page } from '@/lib/medusa';
import { orderList, readOwnOrders } from '@/lib/own-orders';
import { ORDERS_PAGE_SIZE, ordersPageUrl } from '@/lib/pagination';

/** One page of the signed-in customer's orders, newest first. */
export async function getOrdersPage(page: number): Promise<Page<OrderSummary>> {
  const { data } = await readOwnOrders(
    ordersPageUrl(page),
    orderList({ page, pageSize: ORDERS_PAGE_SIZE }),
  );
  return data;
}

import 'server-only';

import { orderList, readOwnOrders } from '@/lib/own-orders';

export const OVERVIEW_PATH = '/account';
const RECENT_ORDERS = 3;

/** The overview: the customer and their most recent orders. */
export async function getOverview() {
  const { customer, data: recentOrders } = await readOwnOrders(
    OVERVIEW_PATH,
    orderList({ page: 1, pageSize: RECENT_ORDERS }),
  );
  return { customer, recentOrders };
}

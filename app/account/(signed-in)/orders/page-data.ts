import 'server-only';

import { readAsCustomer } from '@/lib/auth';
import { getBackend, type OrderSummary, type Page } from '@/lib/medusa';
import { ORDERS_PAGE_SIZE, ordersPageUrl } from '@/lib/pagination';

/** One page of the signed-in customer's orders, newest first. */
export async function getOrdersPage(page: number): Promise<Page<OrderSummary>> {
  const { data } = await readAsCustomer(ordersPageUrl(page), (session) =>
    getBackend().listOrders(session, { page, pageSize: ORDERS_PAGE_SIZE }),
  );
  return data;
}

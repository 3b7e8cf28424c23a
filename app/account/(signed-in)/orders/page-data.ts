import 'server-only';

import { readAsCustomer } from '@/lib/auth';
import type { OrderRow } from '@/components/account/order-table';
import { toOrderRows } from '@/components/account/order-rows';
import { getBackend, type Page } from '@/lib/medusa';
import { ORDERS_PAGE_SIZE, ordersPageUrl } from '@/lib/pagination';

/** One page of the signed-in customer's orders, newest first, as the table's rows. */
export async function getOrdersPage(page: number): Promise<Page<OrderRow>> {
  const { data } = await readAsCustomer(ordersPageUrl(page), (session) =>
    getBackend().listOrders(session, { page, pageSize: ORDERS_PAGE_SIZE }),
  );
  return toOrderRows(data);
}

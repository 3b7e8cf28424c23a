import 'server-only';

import { readAsCustomer } from '@/lib/auth';
import { getBackend } from '@/lib/medusa';

export const OVERVIEW_PATH = '/account';
const RECENT_ORDERS = 3;

/** The overview: the customer and their most recent orders, read together. */
export async function getOverview() {
  const { customer, data: recentOrders } = await readAsCustomer(OVERVIEW_PATH, (session) =>
    getBackend().listOrders(session, { page: 1, pageSize: RECENT_ORDERS }),
  );
  return { customer, recentOrders };
}

import 'server-only';

import { notFound } from 'next/navigation';

import { isBackendError, type Order } from '@/lib/store/server';
import { ownOrder, readOwnOrders } from '@/lib/own-orders';

/**
 * One of the signed-in customer's own orders; anyone else's, or a made-up id, is a 404. `view`
 * is the page under the order that asks (its receipt), where a sign-in returns to.
 */
export async function getOwnOrder(id: string, view: '' | '/receipt' = ''): Promise<Order> {
  const here = `/account/orders/${encodeURIComponent(id)}${view}`;
  try {
    return (await readOwnOrders(here, ownOrder(id))).data;
  } catch (error) {
    if (isBackendError(error, 'not_found')) notFound();
    throw error;
  }
}

import 'server-only';

import { notFound } from 'next/navigation';

import { readAsCustomer } from '@/lib/auth';
import { isBackendError, type Order, type ReturnChoices } from '@/lib/store/server';
import { ownOrder, readOwnOrders } from '@/lib/own-orders';

/** A page about one order: the order's own, or one under it (`/receipt`, `/return`). */
type OrderView = '' | '/receipt' | '/return';

const pathOf = (id: string, view: OrderView) => `/account/orders/${encodeURIComponent(id)}${view}`;

/** Another customer's order, or a made-up id, is the order's "not found" page. */
async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isBackendError(error, 'not_found')) notFound();
    throw error;
  }
}

/**
 * One of the signed-in customer's own orders; anyone else's, or a made-up id, is a 404. `view`
 * is the page under the order that asks (its receipt), where a sign-in returns to.
 */
export async function getOwnOrder(id: string, view: OrderView = ''): Promise<Order> {
  return (await orNotFound(readOwnOrders(pathOf(id, view), ownOrder(id)))).data;
}

/**
 * The return page's reads: the order as its page reads it (through the order cache), and
 * what a return of it may be made of, asked of the backend alongside the session check.
 */
export async function getReturnPage(id: string): Promise<{ order: Order; choices: ReturnChoices }> {
  const here = pathOf(id, '/return');
  const [{ data: order }, { data: choices }] = await orNotFound(
    Promise.all([
      readOwnOrders(here, ownOrder(id)),
      readAsCustomer(here, (reads) => reads.returns.choices(id)),
    ]),
  );
  return { order, choices };
}

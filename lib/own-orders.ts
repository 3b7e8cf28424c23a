import 'server-only';

import { readAsCustomer, requireCustomer, startRead, type CurrentCustomer } from './auth';
import { getBackend, type Customer, type Order, type OrderSummary, type Page } from './store/server';
import type { PageRequest } from './store';
import { getOrderCache } from './order-cache';

// The signed-in customer's orders, as every page and route reads them: through the order cache
// when it is on (ORDER_EVENTS_SECRET), then only after the session check, since the cache is
// keyed by the customer the check names; straight from the backend when it is off, then
// alongside the session check and handed out once the session is known to be current.

type OrdersRead<T> = { key: string; load: (session: string) => Promise<T> };

/** One page of the customer's orders, newest first. */
export const orderList = (request: PageRequest): OrdersRead<Page<OrderSummary>> => ({
  key: `list:${request.page}:${request.pageSize}`,
  load: (session) => getBackend().listOrders(session, request),
});

/** One of the customer's own orders; another's is the backend's `not_found`. */
export const ownOrder = (id: string): OrdersRead<Order> => ({
  key: `order:${id}`,
  load: (session) => getBackend().retrieveOrder(session, id),
});

/** For a page: redirects as `requireCustomer` does. `here` is the page's own path. */
export async function readOwnOrders<T>(
  here: string,
  read: OrdersRead<T>,
): Promise<{ customer: Customer; data: T }> {
  const cache = getOrderCache();
  if (!cache) return readAsCustomer(here, read.load);
  const { session, customer } = await requireCustomer(here);
  return { customer, data: await cache.read(customer.id, read.key, () => read.load(session)) };
}

/**
 * For a route handler, which answers instead of redirecting: null when the session is not
 * (or no longer) signed in. `current` is the request's `getCurrentCustomer()`, awaited here.
 */
export async function readOwnOrdersFor<T>(
  current: () => Promise<CurrentCustomer>,
  session: string,
  read: OrdersRead<T>,
): Promise<T | null> {
  const cache = getOrderCache();
  if (!cache) {
    const pending = startRead(() => read.load(session));
    return (await current()).status === 'signed-in' ? pending : null;
  }
  const checked = await current();
  if (checked.status !== 'signed-in') return null;
  return cache.read(checked.customer.id, read.key, () => read.load(checked.session));
}

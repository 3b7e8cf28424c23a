import 'server-only';

import { getLocale } from 'next-intl/server';

import {
  readAsCustomer,
  requireCustomer,
  startRead,
  type CurrentCustomer,
  type SignedInCustomer,
} from './auth';
import {
  customerReads,
  getBackend,
  type Customer,
  type CustomerReads,
  type Order,
  type OrderSummary,
  type Page,
  type PageRequest,
} from './store/server';
import { getOrderCache } from './order-cache';
import { describeFailure } from './error-messages';
import {
  inLanguage,
  ORDER_PAGE_TITLES,
  ORDER_TITLES,
  type ProductTitled,
} from './orders/product-titles';

// The signed-in customer's orders, as every page and route reads them: through the order cache
// when it is on (ORDER_EVENTS_SECRET), then only after the session check, since the cache is
// keyed by the customer the check names; straight from the backend when it is off, then
// alongside the session check and handed out once the session is known to be current. Either
// way the orders are kept as the backend answered them, and their products' titles are put in
// the request's language afterwards, for this request only (lib/orders/product-titles.ts).

type OrdersRead<T> = {
  key: string;
  load: (orders: CustomerReads['orders']) => Promise<T>;
  /** Which of its products' titles the value shows. */
  titled: ProductTitled<T>;
};

/** One page of the customer's orders, newest first. */
export const orderList = (request: PageRequest): OrdersRead<Page<OrderSummary>> => ({
  key: `list:${request.page}:${request.pageSize}`,
  load: (orders) => orders.list(request),
  titled: ORDER_PAGE_TITLES,
});

/** One of the customer's own orders; another's is the backend's `not_found`. */
export const ownOrder = (id: string): OrdersRead<Order> => ({
  key: `order:${id}`,
  load: (orders) => orders.retrieve(id),
  titled: ORDER_TITLES,
});

/**
 * `value` with its products' titles in the request's language (next-intl's), where the store
 * translates them: one call to the store at most, none in the catalogue's own language. A call
 * that fails is logged, and the titles stay as the order keeps them.
 */
async function inShoppersLanguage<T>(
  orders: CustomerReads['orders'],
  titled: ProductTitled<T>,
  value: T,
): Promise<T> {
  const { productTitlesIn } = orders;
  if (!productTitlesIn) return value;
  return inLanguage(value, titled, await getLocale(), productTitlesIn, (error) => {
    describeFailure('productTitles', error);
  });
}

/** The read, from the backend, in the request's language. */
async function loadInShoppersLanguage<T>(orders: CustomerReads['orders'], read: OrdersRead<T>) {
  return inShoppersLanguage(orders, read.titled, await read.load(orders));
}

/** For a page: redirects as `requireCustomer` does. `here` is the page's own path. */
export async function readOwnOrders<T>(
  here: string,
  read: OrdersRead<T>,
): Promise<{ customer: Customer; data: T }> {
  if (!getOrderCache()) {
    return readAsCustomer(here, ({ orders }) => loadInShoppersLanguage(orders, read));
  }
  const signedIn = await requireCustomer(here);
  return { customer: signedIn.customer, data: await readOwnOrdersAs(signedIn, read) };
}

/** For an action, which already knows the customer: the same read a page makes. */
export async function readOwnOrdersAs<T>(
  { customer, store }: Pick<SignedInCustomer, 'customer' | 'store'>,
  read: OrdersRead<T>,
): Promise<T> {
  const cache = getOrderCache();
  if (!cache) return loadInShoppersLanguage(store.orders, read);
  const kept = await cache.read(customer.id, read.key, () => read.load(store.orders));
  return inShoppersLanguage(store.orders, read.titled, kept);
}

/**
 * For an action about to change an order: the order read afresh from the backend, past the
 * cache, in the request's language as a page shows it.
 */
export function readOwnOrderAfresh(
  { store }: Pick<SignedInCustomer, 'store'>,
  id: string,
): Promise<Order> {
  return loadInShoppersLanguage(store.orders, ownOrder(id));
}

/**
 * After the storefront itself changed a customer's orders (a return asked for), so that the
 * next page reads them from the backend rather than from what was kept. A failure is logged,
 * not thrown: the change is made, Medusa's order event drops the entries too, and at worst they
 * live out their time to live (`ORDER_CACHE_TTL_SECONDS`).
 */
export async function forgetOwnOrders(customerId: string): Promise<void> {
  try {
    await getOrderCache()?.drop([customerId]);
  } catch (error) {
    console.error(
      `[order-cache] drop after a change failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
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
    const pending = startRead(() =>
      loadInShoppersLanguage(customerReads(getBackend(), session).orders, read),
    );
    return (await current()).status === 'signed-in' ? pending : null;
  }
  const checked = await current();
  if (checked.status !== 'signed-in') return null;
  return readOwnOrdersAs(checked, read);
}

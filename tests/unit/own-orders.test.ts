// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { createOrderCache, memoryOrderCacheStore, type OrderCache } from '@/lib/order-cache';
import { customerStore, type Order, type StoreBackend } from '@/lib/store';
import { storeCustomer } from '@/tests/support/customers';
import { orderSummary, storeOrder } from '@/tests/support/orders';

// The customer's orders as pages read them (lib/own-orders.ts), with the order cache on and
// off: the cache keeps them as the backend answered, and their products' titles are put in the
// request's language afterwards, each time, with one call to the store at most.

const fake = vi.hoisted(() => ({
  cache: null as OrderCache | null,
  locale: 'de',
}));
vi.mock('@/lib/order-cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/order-cache')>()),
  getOrderCache: () => fake.cache,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => fake.locale }));

const { ownOrder, orderList, readOwnOrdersAs, readOwnOrderAfresh } =
  await import('@/lib/own-orders');

const customer = storeCustomer({ id: 'cus_dana' });
const GERMAN = new Map([
  ['prod_shirt', 'Leinenhemd'],
  ['prod_notebook', 'Notizbuch'],
]);
const titlesOf = (order: Order) => order.items.map((line) => line.title);

let retrieveOrder: ReturnType<typeof vi.fn<StoreBackend['retrieveOrder']>>;
let productTitlesIn: ReturnType<typeof vi.fn<NonNullable<StoreBackend['productTitlesIn']>>>;

function signedIn(backend: Partial<StoreBackend>) {
  return { customer, store: customerStore(backend as StoreBackend, 'sess_1', customer) };
}

beforeEach(() => {
  fake.cache = null;
  fake.locale = 'de';
  retrieveOrder = vi.fn(async () => storeOrder());
  productTitlesIn = vi.fn(async (language) => (language === 'de' ? GERMAN : new Map()));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the orders a page reads, in the shopper’s language', () => {
  it('keeps the order in the cache as the backend answered it, and titles it for each request', async () => {
    fake.cache = createOrderCache(memoryOrderCacheStore(30));
    const as = signedIn({ retrieveOrder, productTitlesIn });

    expect(titlesOf(await readOwnOrdersAs(as, ownOrder('order_7')))).toEqual([
      'Leinenhemd',
      'Notizbuch',
    ]);
    const kept = await fake.cache.read<Order>('cus_dana', 'order:order_7', async () => {
      throw new Error('not kept');
    });
    expect(titlesOf(kept)).toEqual(['Linen Shirt', 'Notebook']);

    fake.locale = 'en';
    expect(titlesOf(await readOwnOrdersAs(as, ownOrder('order_7')))).toEqual([
      'Linen Shirt',
      'Notebook',
    ]);
    expect(retrieveOrder).toHaveBeenCalledOnce();
    expect(productTitlesIn.mock.calls).toEqual([
      ['de', ['prod_shirt', 'prod_notebook']],
      ['en', ['prod_shirt', 'prod_notebook']],
    ]);
  });

  it('titles what it reads straight from the backend when the cache is off', async () => {
    const listOrders = vi.fn(async () => ({
      items: [orderSummary({ id: 'order_1' }), orderSummary({ id: 'order_2', firstItem: null })],
      count: 2,
      page: 1,
      pageSize: 10,
      pageCount: 1,
    }));
    const as = signedIn({ listOrders, productTitlesIn });
    const page = await readOwnOrdersAs(as, orderList({ page: 1, pageSize: 10 }));
    expect(page.items.map((order) => order.firstItem?.title ?? null)).toEqual(['Leinenhemd', null]);
    expect(productTitlesIn).toHaveBeenCalledExactlyOnceWith('de', ['prod_shirt']);
  });

  it('shows the titles the order keeps when the store cannot say them, and logs why', async () => {
    productTitlesIn.mockRejectedValue(new Error('connect ECONNREFUSED'));
    const order = await readOwnOrdersAs(
      signedIn({ retrieveOrder, productTitlesIn }),
      ownOrder('order_7'),
    );
    expect(titlesOf(order)).toEqual(['Linen Shirt', 'Notebook']);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/productTitles failed/));
  });

  it('asks nothing of a store that cannot translate', async () => {
    const order = await readOwnOrdersAs(signedIn({ retrieveOrder }), ownOrder('order_7'));
    expect(titlesOf(order)).toEqual(['Linen Shirt', 'Notebook']);
  });

  it('titles an order read afresh, past the cache, for an action about to change it', async () => {
    fake.cache = createOrderCache(memoryOrderCacheStore(30));
    const as = signedIn({ retrieveOrder, productTitlesIn });
    await readOwnOrdersAs(as, ownOrder('order_7'));
    expect(titlesOf(await readOwnOrderAfresh(as, 'order_7'))).toEqual(['Leinenhemd', 'Notizbuch']);
    expect(retrieveOrder).toHaveBeenCalledTimes(2);
  });
});

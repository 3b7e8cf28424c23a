// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createBackend } from '@/lib/medusa';
import {
  LOCALES_FRESH_MS,
  LOCALES_RETRY_MS,
  storeLocaleFor,
  titlesOf,
} from '@/lib/medusa/v2/products';
import { inLanguage, ORDER_PAGE_TITLES, ORDER_TITLES } from '@/lib/orders/product-titles';
import { BackendError, customerReads, type StoreBackend } from '@/lib/store';
import { expectKind } from '@/tests/support/contract';
import { orderSummary, storeOrder } from '@/tests/support/orders';

// Product titles in the shopper's language (Medusa v2's translations): the store's locale for
// a language, the storefront's step that puts the titles into what the order cache kept, and
// the v2 adapter's calls, against a faked store API.

const GERMAN = new Map([
  ['prod_shirt', 'Leinenhemd'],
  ['prod_notebook', 'Notizbuch'],
]);

describe('the store’s locale for a language', () => {
  it('is the store’s own code: the language alone, else its own country’s, else the first', () => {
    expect(storeLocaleFor('de', ['en-GB', 'de-DE', 'fr-FR'])).toBe('de-DE');
    expect(storeLocaleFor('de', ['de-AT', 'de-DE', 'de'])).toBe('de');
    expect(storeLocaleFor('de', ['de-CH', 'de-DE'])).toBe('de-DE');
    expect(storeLocaleFor('de', ['de-CH', 'de-AT'])).toBe('de-CH');
    expect(storeLocaleFor('sv', ['sv-SE'])).toBe('sv-SE');
    expect(storeLocaleFor('fr', ['FR-fr'])).toBe('FR-fr');
  });

  it('is none where the store lists none of the language', () => {
    expect(storeLocaleFor('sv', ['en-GB', 'de-DE'])).toBeNull();
    expect(storeLocaleFor('de', [])).toBeNull();
    expect(storeLocaleFor('de', ['dk-DK', 'en-DE'])).toBeNull();
  });
});

describe('the titles the store answered', () => {
  it('keeps only the products asked about, and no blank title', () => {
    expect(
      titlesOf(
        [
          { id: 'prod_shirt', title: 'Leinenhemd' },
          { id: 'prod_other', title: 'Anderes' },
          { id: 'prod_notebook', title: '  ' },
          { id: 'prod_mug', title: null },
        ],
        ['prod_shirt', 'prod_notebook', 'prod_mug'],
      ),
    ).toEqual(new Map([['prod_shirt', 'Leinenhemd']]));
  });
});

describe('an order in the shopper’s language', () => {
  const order = storeOrder({
    shipments: [
      {
        id: 'ful_1',
        status: 'shipped',
        shippedAt: '2026-03-05T10:00:00.000Z',
        deliveredAt: null,
        items: [
          { lineId: 'line_1', title: 'Linen Shirt', quantity: 2 },
          { lineId: 'line_2', title: 'Notebook', quantity: 1 },
        ],
        tracking: [],
      },
    ],
  });

  it('names each product once', () => {
    const twice = storeOrder({
      items: [
        ...order.items,
        { ...order.items[0]!, id: 'line_3' },
        { ...order.items[1]!, productId: null, id: 'line_4' },
      ],
    });
    expect(ORDER_TITLES.productIds(twice)).toEqual(['prod_shirt', 'prod_notebook']);
  });

  it('has the titles on its lines, its first line and each parcel’s lines, and leaves the order read untouched', () => {
    const kept = structuredClone(order);
    const titled = ORDER_TITLES.withTitles(order, GERMAN);
    expect(titled.items.map((line) => line.title)).toEqual(['Leinenhemd', 'Notizbuch']);
    expect(titled.firstItem).toEqual({
      productId: 'prod_shirt',
      title: 'Leinenhemd',
      thumbnail: null,
    });
    expect(titled.shipments[0]!.items.map((item) => item.title)).toEqual([
      'Leinenhemd',
      'Notizbuch',
    ]);
    // The rest as it was; and what the order cache keeps is not changed under it.
    expect({
      ...titled,
      items: order.items,
      firstItem: order.firstItem,
      shipments: order.shipments,
    }).toEqual(order);
    expect(order).toEqual(kept);
  });

  it('keeps the order’s own title for a product the store had none for, and for a line with no product', () => {
    const noProduct = storeOrder({
      items: [{ ...order.items[0]!, productId: null }, order.items[1]!],
    });
    const titled = ORDER_TITLES.withTitles(noProduct, new Map([['prod_notebook', 'Notizbuch']]));
    expect(titled.items.map((line) => line.title)).toEqual(['Linen Shirt', 'Notizbuch']);
  });

  it('has a page of the list with each order’s first line titled', () => {
    const page = {
      items: [
        orderSummary({ id: 'order_1' }),
        orderSummary({
          id: 'order_2',
          firstItem: { productId: 'prod_mug', title: 'Ceramic Mug', thumbnail: null },
        }),
        orderSummary({ id: 'order_3', firstItem: null }),
        orderSummary({ id: 'order_4' }),
      ],
      count: 4,
      page: 1,
      pageSize: 10,
      pageCount: 1,
    };
    expect(ORDER_PAGE_TITLES.productIds(page)).toEqual(['prod_shirt', 'prod_mug']);
    const titled = ORDER_PAGE_TITLES.withTitles(page, GERMAN);
    expect(titled.items.map((o) => o.firstItem?.title ?? null)).toEqual([
      'Leinenhemd',
      'Ceramic Mug',
      null,
      'Leinenhemd',
    ]);
    expect(page.items[0]!.firstItem!.title).toBe('Linen Shirt');
  });

  it('asks once, for every product the order shows, in the request’s language', async () => {
    const titlesIn = vi.fn(async () => GERMAN);
    const onFailure = vi.fn();
    const titled = await inLanguage(order, ORDER_TITLES, 'de', titlesIn, onFailure);
    expect(titlesIn).toHaveBeenCalledExactlyOnceWith('de', ['prod_shirt', 'prod_notebook']);
    expect(titled.items.map((line) => line.title)).toEqual(['Leinenhemd', 'Notizbuch']);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('stays as read where the store cannot translate, nor asks for an order with no product', async () => {
    const titlesIn = vi.fn(async () => GERMAN);
    expect(await inLanguage(order, ORDER_TITLES, 'de', undefined, vi.fn())).toBe(order);
    const noLines = storeOrder({ items: [], firstItem: null });
    expect(await inLanguage(noLines, ORDER_TITLES, 'de', titlesIn, vi.fn())).toBe(noLines);
    expect(titlesIn).not.toHaveBeenCalled();
    expect(await inLanguage(order, ORDER_TITLES, 'en', async () => new Map(), vi.fn())).toBe(order);
  });

  it('shows the order’s own titles when the store does not answer, and says why', async () => {
    const down = new BackendError('unavailable', 'v2 productTitles: no response');
    const onFailure = vi.fn();
    const titled = await inLanguage(
      order,
      ORDER_TITLES,
      'de',
      async () => Promise.reject(down),
      onFailure,
    );
    expect(titled).toBe(order);
    expect(onFailure).toHaveBeenCalledExactlyOnceWith(down);
  });

  it('is what a customer’s reads offer where the backend translates, and only there', () => {
    const titlesIn = async () => GERMAN;
    const translating = { productTitlesIn: titlesIn } as unknown as StoreBackend;
    expect(customerReads(translating, 'sess_1').orders.productTitlesIn).toBe(titlesIn);
    expect(customerReads({} as StoreBackend, 'sess_1').orders).not.toHaveProperty(
      'productTitlesIn',
    );
  });
});

describe('Medusa v2’s product titles in a language', () => {
  type Answer = { status: number; body: unknown };
  let answers: Record<string, () => Answer>;
  let calls: { path: string; query: URLSearchParams; locale: string | null }[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    calls = [];
    answers = {
      '/store/locales': () => ({
        status: 200,
        body: { locales: [{ code: 'en-GB' }, { code: 'de-DE' }, { code: 'fr-FR' }] },
      }),
      '/store/products': () => ({
        status: 200,
        body: {
          products: [
            { id: 'prod_shirt', title: 'Leinenhemd' },
            { id: 'prod_notebook', title: 'Notizbuch' },
          ],
        },
      }),
    };
    vi.stubGlobal('fetch', async (input: URL | string, init: RequestInit) => {
      const url = new URL(String(input));
      calls.push({
        path: url.pathname,
        query: url.searchParams,
        locale: new Headers(init.headers).get('x-medusa-locale'),
      });
      const answer = answers[url.pathname]?.() ?? { status: 404, body: { message: 'Not found' } };
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const v2 = (options: { translations?: boolean; catalogueLanguage?: string } = {}) =>
    createBackend({
      version: 'v2',
      baseUrl: 'http://medusa.test',
      publishableApiKey: 'pk_1',
      ...options,
    });
  const IDS = ['prod_shirt', 'prod_notebook'];
  const productCalls = () => calls.filter((call) => call.path === '/store/products');

  it('asks the store for the products’ titles in its locale for the language, in one call', async () => {
    const titles = await v2().productTitlesIn!('de', [...IDS, 'prod_shirt']);
    expect(titles).toEqual(GERMAN);
    expect(calls.map((call) => call.path)).toEqual(['/store/locales', '/store/products']);
    const [products] = productCalls();
    expect(products!.locale).toBe('de-DE');
    expect(products!.query.get('fields')).toBe('id,title');
    expect(products!.query.get('limit')).toBe('2');
    expect(
      [...products!.query.entries()].filter(([key]) => key.startsWith('id')).map(([, id]) => id),
    ).toEqual(IDS);
  });

  it('asks nothing in the catalogue’s own language, nor for no product', async () => {
    const backend = v2();
    expect(await backend.productTitlesIn!('en', IDS)).toEqual(new Map());
    expect(await backend.productTitlesIn!('de', [])).toEqual(new Map());
    expect(await v2({ catalogueLanguage: 'de' }).productTitlesIn!('de', IDS)).toEqual(new Map());
    expect(calls).toEqual([]);
  });

  it('asks for no titles in a language the store does not translate into', async () => {
    expect(await v2().productTitlesIn!('sv', IDS)).toEqual(new Map());
    expect(calls.map((call) => call.path)).toEqual(['/store/locales']);
  });

  it('learns the store’s languages once, and again after a while', async () => {
    const backend = v2();
    await Promise.all([backend.productTitlesIn!('de', IDS), backend.productTitlesIn!('fr', IDS)]);
    await backend.productTitlesIn!('de', IDS);
    expect(calls.filter((call) => call.path === '/store/locales')).toHaveLength(1);
    expect(productCalls().map((call) => call.locale)).toEqual(['de-DE', 'fr-FR', 'de-DE']);
    vi.setSystemTime(Date.now() + LOCALES_FRESH_MS + 1);
    await backend.productTitlesIn!('de', IDS);
    expect(calls.filter((call) => call.path === '/store/locales')).toHaveLength(2);
  });

  it('asks for no titles where the store’s translation is off (no /store/locales)', async () => {
    delete answers['/store/locales'];
    const backend = v2();
    expect(await backend.productTitlesIn!('de', IDS)).toEqual(new Map());
    expect(await backend.productTitlesIn!('fr', IDS)).toEqual(new Map());
    expect(calls.map((call) => call.path)).toEqual(['/store/locales']);
  });

  it('fails when the store does not say its languages, then waits before asking again', async () => {
    answers['/store/locales'] = () => ({ status: 503, body: {} });
    const backend = v2();
    await expectKind(backend.productTitlesIn!('de', IDS), 'unavailable');
    expect(await backend.productTitlesIn!('de', IDS)).toEqual(new Map());
    expect(calls).toHaveLength(1);
    vi.setSystemTime(Date.now() + LOCALES_RETRY_MS + 1);
    answers['/store/locales'] = () => ({ status: 200, body: { locales: [{ code: 'de-DE' }] } });
    expect(await backend.productTitlesIn!('de', IDS)).toEqual(GERMAN);
  });

  it('fails, for the storefront to keep the order’s titles, when the products call fails or answers nonsense', async () => {
    const backend = v2();
    answers['/store/products'] = () => ({ status: 500, body: {} });
    await expectKind(backend.productTitlesIn!('de', IDS), 'unavailable');
    answers['/store/products'] = () => ({ status: 200, body: { products: 'none' } });
    await expectKind(backend.productTitlesIn!('de', IDS), 'unavailable');
  });

  it('leaves out a product the store no longer lists', async () => {
    answers['/store/products'] = () => ({
      status: 200,
      body: { products: [{ id: 'prod_shirt', title: 'Leinenhemd' }] },
    });
    expect(await v2().productTitlesIn!('de', IDS)).toEqual(new Map([['prod_shirt', 'Leinenhemd']]));
  });

  it('is no part of a backend told not to ask (MEDUSA_TRANSLATIONS=off)', () => {
    expect(v2({ translations: false }).productTitlesIn).toBeUndefined();
  });
});

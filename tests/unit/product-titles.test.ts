// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { storeLocaleFor, titlesOf } from '@/lib/medusa/v2/products';
import { inLanguage, ORDER_PAGE_TITLES, ORDER_TITLES } from '@/lib/orders/product-titles';
import { BackendError, customerReads, type StoreBackend } from '@/lib/store';
import { orderSummary, storeOrder } from '@/tests/support/orders';

// Product titles in the shopper's language (Medusa v2's translations): the store's locale for
// a language, and the storefront's step that puts the titles into what the order cache kept.
// The v2 adapter's calls are checked against the real store by the contract suite.

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

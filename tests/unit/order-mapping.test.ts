import { describe, expect, it } from 'vitest';

import { fromMajorUnits } from '@/lib/medusa/money';
import {
  fromAddressInput,
  fulfillmentStatus,
  paymentStatus,
  toDiscounts,
  toOrder,
  toOrderSummary,
  toShipments,
  trackingUrl,
  type OrderMapping,
} from '@/lib/medusa/wire';
import { isStoreFileUrl, nextImagesConfig, storeFileLocation } from '@/lib/store-files.mjs';
import { hasRemoteMatch } from 'next/dist/shared/lib/match-remote-pattern';

import { storeAddress } from '@/tests/support/customers';
import { DEMO_ORDER_ADDRESSES } from '@/tests/support/orders';

const location = storeFileLocation({ MEDUSA_BACKEND_URL: 'http://localhost:9001' });
const mapping: OrderMapping<{
  id: string;
  title: string;
  quantity: number;
  unit_price: number;
  thumbnail?: string | null;
}> = {
  money: fromMajorUnits,
  variantTitle: () => null,
  paymentStatus,
  isStoreFile: (url) => isStoreFileUrl(url, location),
};

const lines = [
  { id: 'line_1', title: 'Linen Shirt' },
  { id: 'line_2', title: 'Canvas Tote' },
];

describe('shipments', () => {
  it('lists parcels oldest first with their lines, drops cancelled ones, and tells the state from the dates', () => {
    const shipments = toShipments(
      [
        {
          id: 'ful_2',
          createdAt: '2026-01-02T00:00:00Z',
          shippedAt: '2026-01-02T10:00:00Z',
          deliveredAt: '2026-01-03T10:00:00Z',
          items: [{ lineId: 'line_2', quantity: 1 }],
          tracking: [{ number: 'EX2', url: 'https://carrier.example/track/EX2' }],
        },
        {
          id: 'ful_1',
          createdAt: '2026-01-01T00:00:00Z',
          shippedAt: '2026-01-01T10:00:00Z',
          items: [{ lineId: 'line_1', quantity: 2 }],
          tracking: [{ number: 'EX1' }],
        },
        {
          id: 'ful_0',
          createdAt: '2025-12-31T00:00:00Z',
          canceledAt: '2026-01-01T00:00:00Z',
          items: [{ lineId: 'line_1', quantity: 2 }],
          tracking: [],
        },
        { id: 'ful_3', createdAt: '2026-01-04T00:00:00Z', items: [], tracking: [] },
      ],
      lines,
    );
    expect(shipments).toEqual([
      {
        id: 'ful_1',
        status: 'shipped',
        shippedAt: '2026-01-01T10:00:00.000Z',
        deliveredAt: null,
        items: [{ lineId: 'line_1', title: 'Linen Shirt', quantity: 2 }],
        tracking: [{ number: 'EX1', url: null }],
      },
      {
        id: 'ful_2',
        status: 'delivered',
        shippedAt: '2026-01-02T10:00:00.000Z',
        deliveredAt: '2026-01-03T10:00:00.000Z',
        items: [{ lineId: 'line_2', title: 'Canvas Tote', quantity: 1 }],
        tracking: [{ number: 'EX2', url: 'https://carrier.example/track/EX2' }],
      },
      {
        id: 'ful_3',
        status: 'preparing',
        shippedAt: null,
        deliveredAt: null,
        items: [],
        tracking: [],
      },
    ]);
  });

  it('links a tracking number only to an http or https address', () => {
    expect(trackingUrl('https://carrier.example/t/1')).toBe('https://carrier.example/t/1');
    expect(trackingUrl('http://carrier.example/t/1')).toBe('http://carrier.example/t/1');
    for (const hostile of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/track',
      '/relative/path',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(trackingUrl(hostile), String(hostile)).toBeNull();
    }
  });

  it('keeps a line the backend does not know out of a parcel rather than inventing one', () => {
    const [shipment] = toShipments(
      [
        {
          id: 'ful_1',
          shippedAt: '2026-01-01T10:00:00Z',
          items: [{ lineId: 'line_gone', quantity: 1 }],
          tracking: [],
        },
      ],
      lines,
    );
    expect(shipment?.items).toEqual([]);
  });
});

describe('order summaries', () => {
  const raw = {
    id: 'order_1',
    display_id: 7,
    created_at: '2026-01-01T10:00:00Z',
    status: 'pending',
    currency_code: 'eur',
    fulfillment_status: 'partially_shipped',
    payment_status: 'captured',
    items: [
      { title: 'Linen Shirt', quantity: 2, thumbnail: 'http://localhost:9001/static/shirt.png' },
      { title: 'Canvas Tote', quantity: 1, thumbnail: null },
      { title: 'Notebook', quantity: 3 },
    ],
  };

  it('shows the first line with its picture and counts the others', () => {
    expect(toOrderSummary(raw, { total: 59, returnInProgress: false }, mapping)).toMatchObject({
      displayId: 7,
      fulfillmentStatus: 'partially_shipped',
      paymentStatus: 'captured',
      itemCount: 6,
      firstItem: { title: 'Linen Shirt', thumbnail: 'http://localhost:9001/static/shirt.png' },
      otherLineCount: 2,
      total: { amount: 59, currencyCode: 'eur' },
    });
  });

  it('shows no picture from anywhere but the store’s own file storage', () => {
    for (const thumbnail of [
      'https://tracker.example/pixel.png',
      'http://localhost.evil.example/static/shirt.png',
      'http://user:pass@localhost:9001/static/shirt.png',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      const summary = toOrderSummary(
        { ...raw, items: [{ title: 'Linen Shirt', quantity: 1, thumbnail }] },
        { total: 1, returnInProgress: false },
        mapping,
      );
      expect(summary.firstItem, thumbnail).toEqual({
        productId: null,
        title: 'Linen Shirt',
        thumbnail: null,
      });
    }
  });

  it('calls the goods of a cancelled order cancelled, as v1 does and v2 does not', () => {
    expect(
      toOrderSummary(
        { ...raw, status: 'canceled', fulfillment_status: 'not_fulfilled' },
        { total: 1, returnInProgress: false },
        mapping,
      ).fulfillmentStatus,
    ).toBe('canceled');
  });

  it('marks statuses it does not know as unknown', () => {
    expect(fulfillmentStatus('teleported')).toBe('unknown');
    expect(fulfillmentStatus(null)).toBe('unknown');
    expect(paymentStatus('partially_refunded')).toBe('partially_refunded');
    expect(paymentStatus(undefined)).toBe('unknown');
  });
});

describe('one order', () => {
  const raw = {
    id: 'order_1',
    display_id: 7,
    created_at: '2026-01-01T10:00:00Z',
    status: 'pending',
    currency_code: 'eur',
    fulfillment_status: 'not_fulfilled',
    payment_status: 'authorized',
    email: 'dana@example.com',
    items: [{ id: 'line_1', title: 'Linen Shirt', quantity: 2, unit_price: 45, total: 90 }],
    shipping_total: 5,
    tax_total: 0,
    discount_total: 0,
    // As Medusa sends them, optional fields empty.
    shipping_address: fromAddressInput(storeAddress()),
    billing_address: fromAddressInput(
      storeAddress({ ...DEMO_ORDER_ADDRESSES.berlin, phone: '+49 30 000000' }),
    ),
  };
  const parts = {
    itemSubtotal: 90,
    total: 95,
    refundedTotal: 0,
    shippingMethods: [{ name: 'Standard shipping', amount: 5 }],
    discountCodes: [],
    shipments: [],
    returnInProgress: false,
    returnsOf: () => ({ requested: 0, received: 0, returnable: 0 }),
  };

  it('reads the billing address beside the shipping address, each as its own', () => {
    const order = toOrder(raw, parts, mapping);
    expect(order.shippingAddress).toEqual(DEMO_ORDER_ADDRESSES.london);
    expect(order.billingAddress).toEqual(DEMO_ORDER_ADDRESSES.berlin);
  });

  it('names each line’s product where the backend says (v2), for its title in other languages', () => {
    const withProducts = {
      ...raw,
      items: [
        { ...raw.items[0]!, product_id: 'prod_shirt' },
        { id: 'line_2', title: 'Notebook', quantity: 1, unit_price: 9, total: 9, product_id: null },
      ],
    };
    const order = toOrder(withProducts, parts, mapping);
    expect(order.items.map((line) => [line.title, line.productId])).toEqual([
      ['Linen Shirt', 'prod_shirt'],
      ['Notebook', null],
    ]);
    expect(order.firstItem).toMatchObject({ productId: 'prod_shirt', title: 'Linen Shirt' });
    // v1 names only a line's variant.
    expect(toOrder(raw, parts, mapping).items[0]!.productId).toBeNull();
  });

  it('has no billing address where the checkout gave none', () => {
    expect(toOrder({ ...raw, billing_address: null }, parts, mapping).billingAddress).toBeNull();
    const { billing_address: _left, ...without } = raw;
    expect(toOrder(without, parts, mapping).billingAddress).toBeNull();
  });
});

describe('discounts', () => {
  const eur = (amount: number) => ({ amount, currencyCode: 'eur' });
  it('puts the whole discount against a single code, and no amount against several', () => {
    expect(toDiscounts(['WELCOME10'], eur(3.1))).toEqual([{ code: 'WELCOME10', amount: eur(3.1) }]);
    expect(toDiscounts(['A', 'B', 'A'], eur(5))).toEqual([
      { code: 'A', amount: null },
      { code: 'B', amount: null },
    ]);
    expect(toDiscounts([], eur(0))).toEqual([]);
  });
});

describe('where pictures may come from', () => {
  const v1 = storeFileLocation({
    MEDUSA_VERSION: 'v1',
    MEDUSA_BACKEND_URL: 'http://localhost:9000',
  });
  const v2 = storeFileLocation({
    MEDUSA_VERSION: 'v2',
    MEDUSA_BACKEND_URL: 'http://localhost:9001',
  });
  const files = storeFileLocation({ MEDUSA_FILE_URL: 'https://files.example.com/store/' });
  /** What Next's image optimizer lets through, by its own matcher and the patterns we give it. */
  const optimizerFetches = (env: Record<string, string>, url: string) =>
    hasRemoteMatch([], nextImagesConfig(env).remotePatterns, new URL(url));

  it('is the file URL when one is set, else the backend’s file storage, else local development', () => {
    expect(
      storeFileLocation({
        MEDUSA_FILE_URL: 'https://files.example.com/store',
        MEDUSA_BACKEND_URL: 'http://localhost:9001',
      }),
    ).toEqual({
      protocol: 'https:',
      hostname: 'files.example.com',
      port: '',
      pathPrefix: '/store/',
    });
    expect(storeFileLocation({ MEDUSA_BACKEND_URL: 'http://medusa:9000/api' })).toEqual({
      protocol: 'http:',
      hostname: 'medusa',
      port: '9000',
      pathPrefix: '/static/',
    });
    expect(
      storeFileLocation({ MEDUSA_VERSION: 'V1', MEDUSA_BACKEND_URL: 'http://medusa-v1:9000' }),
    ).toEqual({
      protocol: 'http:',
      hostname: 'medusa-v1',
      port: '9000',
      pathPrefix: '/uploads/images/',
    });
    expect(storeFileLocation({})).toEqual({
      protocol: 'http:',
      hostname: 'localhost',
      port: null,
      pathPrefix: '/static/',
    });
    expect(() => storeFileLocation({ MEDUSA_FILE_URL: 'ftp://files.example.com' })).toThrow(
      /http or https/,
    );
  });

  it('allows the image optimizer the store’s file paths only, and private addresses only when their host is one', () => {
    expect(nextImagesConfig({ MEDUSA_FILE_URL: 'https://files.example.com/store/' })).toMatchObject(
      {
        remotePatterns: [
          {
            protocol: 'https',
            hostname: 'files.example.com',
            port: '',
            pathname: '/store/**',
            search: '',
          },
        ],
        dangerouslyAllowLocalIP: false,
      },
    );
    expect(
      nextImagesConfig({ MEDUSA_VERSION: 'v1', MEDUSA_BACKEND_URL: 'http://medusa:9000' }),
    ).toMatchObject({
      remotePatterns: [
        {
          protocol: 'http',
          hostname: 'medusa',
          port: '9000',
          pathname: '/uploads/images/**',
          search: '',
        },
      ],
      dangerouslyAllowLocalIP: true,
    });
    expect(nextImagesConfig({})).toMatchObject({
      remotePatterns: [
        { protocol: 'http', hostname: 'localhost', pathname: '/static/**', search: '' },
      ],
      dangerouslyAllowLocalIP: true,
    });
  });

  it('refuses a path outside the file URL’s prefix', () => {
    expect(isStoreFileUrl('https://files.example.com/store/a.png', files)).toBe(true);
    expect(isStoreFileUrl('https://files.example.com/other/a.png', files)).toBe(false);
    expect(isStoreFileUrl('https://files.example.com/storefront/a.png', files)).toBe(false);
  });

  it('refuses anything on the backend’s host but its file storage, for the storefront and the optimizer alike', () => {
    const env = {
      v1: { MEDUSA_VERSION: 'v1', MEDUSA_BACKEND_URL: 'http://localhost:9000' },
      v2: { MEDUSA_VERSION: 'v2', MEDUSA_BACKEND_URL: 'http://localhost:9001' },
    };
    const cases: [keyof typeof env, boolean, string[]][] = [
      ['v1', true, ['http://localhost:9000/uploads/images/1796287429221-canvas-tote.png']],
      [
        'v1',
        false,
        [
          'http://localhost:9000/store/products',
          'http://localhost:9000/admin/uploads',
          'http://localhost:9000/uploads/other.png',
          'http://localhost:9000/static/shirt.png',
          'http://localhost:9000/uploads/images/../../store/products',
        ],
      ],
      [
        'v2',
        true,
        [
          'http://localhost:9001/static/1796287429221-linen-shirt.png',
          'http://localhost:9001/static/nested/shirt.png',
        ],
      ],
      [
        'v2',
        false,
        [
          'http://localhost:9001/store/products?limit=100',
          'http://localhost:9001/health',
          'http://localhost:9001/app/login',
          'http://localhost:9001/uploads/images/shirt.png',
          'http://localhost:9001/staticfiles/shirt.png',
        ],
      ],
    ];
    for (const [version, allowed, urls] of cases) {
      const location = version === 'v1' ? v1 : v2;
      for (const url of urls) {
        expect(isStoreFileUrl(url, location), `${version} ${url}`).toBe(allowed);
        expect(optimizerFetches(env[version], url), `optimizer, ${version} ${url}`).toBe(allowed);
      }
    }
  });

  it('refuses a store file with a query string, for the storefront and the optimizer alike', () => {
    for (const [env, location, url] of [
      [
        { MEDUSA_VERSION: 'v1', MEDUSA_BACKEND_URL: 'http://localhost:9000' },
        v1,
        'http://localhost:9000/uploads/images/a.png?w=1',
      ],
      [
        { MEDUSA_BACKEND_URL: 'http://localhost:9001' },
        v2,
        'http://localhost:9001/static/a.png?v=2',
      ],
      [
        { MEDUSA_FILE_URL: 'https://files.example.com/store/' },
        files,
        'https://files.example.com/store/a.png?X-Amz-Expires=1',
      ],
    ] as const) {
      expect(isStoreFileUrl(url, location), url).toBe(false);
      expect(optimizerFetches(env, url), `optimizer, ${url}`).toBe(false);
    }
    // Same resource, but another cache key: nothing but the bare file is shown.
    expect(isStoreFileUrl('http://localhost:9001/static/a.png?', v2)).toBe(false);
    expect(isStoreFileUrl('http://localhost:9001/static/a.png#1', v2)).toBe(false);
  });

  it('bounds what the optimizer keeps on disk and how many variants of one file it makes', () => {
    const images = nextImagesConfig({ MEDUSA_BACKEND_URL: 'http://localhost:9001' });
    expect(images.maximumDiskCacheSize).toBeGreaterThan(0);
    expect(images.maximumDiskCacheSize).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(images.qualities).toEqual([75]);
    // Every width the pages' pictures (32 to 96 CSS px) need on screens up to 3x, and no more.
    const widths = [...images.deviceSizes, ...images.imageSizes];
    for (const shown of [32, 40, 48, 64, 96]) {
      for (const density of [1, 2, 3]) {
        expect(
          widths.some((w) => w >= shown * density),
          `${shown}px at ${density}x`,
        ).toBe(true);
      }
    }
    expect(Math.max(...widths)).toBeLessThanOrEqual(384);
    // A redirect is followed without the patterns being checked again.
    expect(images.maximumRedirects).toBe(0);
  });
});

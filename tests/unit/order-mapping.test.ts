import { describe, expect, it } from 'vitest';

import { fromMajorUnits } from '@/lib/medusa/money';
import {
  fulfillmentStatus,
  paymentStatus,
  toDiscounts,
  toOrderSummary,
  toShipments,
  trackingUrl,
  type OrderMapping,
} from '@/lib/medusa/wire';
import { isStoreFileUrl, nextImagesConfig, storeFileLocation } from '@/lib/store-files.mjs';

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
    expect(toOrderSummary(raw, 59, mapping)).toMatchObject({
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
        1,
        mapping,
      );
      expect(summary.firstItem, thumbnail).toEqual({ title: 'Linen Shirt', thumbnail: null });
    }
  });

  it('calls the goods of a cancelled order cancelled, as v1 does and v2 does not', () => {
    expect(
      toOrderSummary(
        { ...raw, status: 'canceled', fulfillment_status: 'not_fulfilled' },
        1,
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
  it('is the file URL when one is set, else the backend’s origin, else local development', () => {
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
      pathPrefix: '/',
    });
    expect(storeFileLocation({})).toEqual({
      protocol: 'http:',
      hostname: 'localhost',
      port: null,
      pathPrefix: '/',
    });
    expect(() => storeFileLocation({ MEDUSA_FILE_URL: 'ftp://files.example.com' })).toThrow(
      /http or https/,
    );
  });

  it('allows the image optimizer one origin, and private addresses only when that origin is one', () => {
    expect(nextImagesConfig({ MEDUSA_FILE_URL: 'https://files.example.com/store/' })).toEqual({
      remotePatterns: [
        { protocol: 'https', hostname: 'files.example.com', port: '', pathname: '/store/**' },
      ],
      dangerouslyAllowLocalIP: false,
    });
    expect(nextImagesConfig({ MEDUSA_BACKEND_URL: 'http://medusa:9000' })).toMatchObject({
      dangerouslyAllowLocalIP: true,
    });
    expect(nextImagesConfig({})).toEqual({
      remotePatterns: [{ protocol: 'http', hostname: 'localhost', pathname: '/**' }],
      dangerouslyAllowLocalIP: true,
    });
  });

  it('refuses a path outside the file URL’s prefix', () => {
    const files = storeFileLocation({ MEDUSA_FILE_URL: 'https://files.example.com/store/' });
    expect(isStoreFileUrl('https://files.example.com/store/a.png', files)).toBe(true);
    expect(isStoreFileUrl('https://files.example.com/other/a.png', files)).toBe(false);
    expect(isStoreFileUrl('https://files.example.com/storefront/a.png', files)).toBe(false);
  });
});

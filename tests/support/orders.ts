import type { Order, OrderAddress, OrderSummary } from '@/lib/store';

/**
 * An order as the account's lists get it from the adapter: placed, not yet sent, paid for
 * only as far as authorized, one line without a picture. A test overrides what it is about.
 */
export const orderSummary = (over: Partial<OrderSummary> = {}): OrderSummary => ({
  id: 'order_1',
  displayId: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  status: 'pending',
  fulfillmentStatus: 'not_fulfilled',
  paymentStatus: 'authorized',
  itemCount: 1,
  firstItem: { productId: 'prod_shirt', title: 'Linen Shirt', thumbnail: null },
  otherLineCount: 0,
  total: { amount: 1, currencyCode: 'eur' },
  returnInProgress: false,
  ...over,
});

const eur = (amount: number) => ({ amount, currencyCode: 'eur' });

/** The demo customer's two addresses (backend/seed-world.json) as an order holds them. */
export const DEMO_ORDER_ADDRESSES = {
  london: {
    firstName: 'Dana',
    lastName: 'Demo',
    company: null,
    address1: '12 Market Street',
    address2: null,
    city: 'London',
    postalCode: 'EC1A 1BB',
    countryCode: 'gb',
  },
  berlin: {
    firstName: 'Dana',
    lastName: 'Demo',
    company: 'Demo GmbH',
    address1: 'Torstraße 5',
    address2: null,
    city: 'Berlin',
    postalCode: '10119',
    countryCode: 'de',
  },
} satisfies Record<string, OrderAddress>;

/**
 * One order's page as the adapter answers it: two lines, a discount code, shipping and tax,
 * billed to a company in Berlin and sent to London; placed, paid for only as far as
 * authorized, nothing shipped or refunded. A test overrides what it is about.
 */
export const storeOrder = (over: Partial<Order> = {}): Order => ({
  ...orderSummary({
    id: 'order_7',
    displayId: 7,
    createdAt: '2026-03-04T09:30:00.000Z',
    itemCount: 3,
    otherLineCount: 1,
    total: eur(104.3),
  }),
  email: 'dana@example.com',
  items: [
    {
      id: 'line_1',
      productId: 'prod_shirt',
      title: 'Linen Shirt',
      variantTitle: 'Large',
      thumbnail: null,
      quantity: 2,
      unitPrice: eur(45),
      total: eur(90),
      returns: { requested: 0, received: 0, returnable: 0 },
    },
    {
      id: 'line_2',
      productId: 'prod_notebook',
      title: 'Notebook',
      variantTitle: null,
      thumbnail: null,
      quantity: 1,
      unitPrice: eur(9),
      total: eur(9),
      returns: { requested: 0, received: 0, returnable: 0 },
    },
  ],
  subtotal: eur(99),
  shippingTotal: eur(5),
  taxTotal: eur(10.2),
  discountTotal: eur(9.9),
  refundedTotal: eur(0),
  shippingAddress: DEMO_ORDER_ADDRESSES.london,
  billingAddress: DEMO_ORDER_ADDRESSES.berlin,
  shippingMethods: [{ name: 'Standard shipping', amount: eur(5) }],
  discounts: [{ code: 'WELCOME10', amount: eur(9.9) }],
  shipments: [],
  ...over,
});

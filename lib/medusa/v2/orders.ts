import 'server-only';

import { z } from 'zod';

import type { OrderMethods } from '../adapter';
import { lineReturns } from '../../orders/returns';
import { fromMajorUnits } from '../money';
import { ownOrderMethods } from '../order-methods';
import * as wire from '../wire';
import type { V2Context } from './client';

// Medusa v2 keeps quantities as big numbers; JSON may carry them as strings.
const quantity = z.coerce.number();

/** The order's totals as Medusa v2 sums them; refunds lower `total`, not `original_order_total`. */
const rawSummary = z.object({
  original_order_total: wire.rawMoney,
  refunded_total: wire.rawMoney,
});

/**
 * Where a line's units stand, as Medusa v2 keeps them on the line's `detail`: a return asked
 * for counts in `return_requested_quantity` until the store receives it, then in
 * `return_received_quantity` (or `return_dismissed_quantity` for what it would not take back).
 */
const rawLineDetail = z.object({
  shipped_quantity: quantity.nullish(),
  return_requested_quantity: quantity.nullish(),
  return_received_quantity: quantity.nullish(),
  return_dismissed_quantity: quantity.nullish(),
  written_off_quantity: quantity.nullish(),
});
type RawLineDetail = z.infer<typeof rawLineDetail>;

/** What the orders list asks for (ORDER_LIST_FIELDS). */
const rawOrderSummarySchema = wire.rawOrderBaseSchema.extend({
  summary: rawSummary.nullish(),
  items: z
    .array(
      z.object({
        product_id: z.string().nullish(),
        title: z.string().nullish(),
        thumbnail: z.string().nullish(),
        quantity,
        detail: rawLineDetail.nullish(),
      }),
    )
    .nullish(),
});
type RawOrderSummary = z.infer<typeof rawOrderSummarySchema>;

const returnInProgress = (order: RawOrderSummary) =>
  (order.items ?? []).some((item) => (item.detail?.return_requested_quantity ?? 0) > 0);

function lineReturnsOf(detail: RawLineDetail | null | undefined) {
  const count = (value: number | null | undefined) => value ?? 0;
  return lineReturns(
    count(detail?.shipped_quantity),
    count(detail?.return_requested_quantity),
    count(detail?.return_received_quantity) +
      count(detail?.return_dismissed_quantity) +
      count(detail?.written_off_quantity),
  );
}

/** What one order's page asks for (ORDER_DETAIL_FIELDS). */
const rawOrderSchema = rawOrderSummarySchema.extend({
  ...wire.rawOrderDetailFields,
  item_subtotal: wire.rawMoney,
  items: z
    .array(
      wire.rawLineItemBaseSchema.extend({
        quantity,
        product_id: z.string().nullish(),
        subtitle: z.string().nullish(),
        variant_title: z.string().nullish(),
        detail: rawLineDetail.nullish(),
      }),
    )
    .nullish(),
  // `labels` and `items` come only where the store allows them (the dev backend's
  // src/api/middlewares.ts); a stock Medusa v2 sends shipments without them.
  fulfillments: z
    .array(
      wire.rawFulfillmentBaseSchema.extend({
        delivered_at: z.string().nullish(),
        items: z.array(z.object({ line_item_id: z.string(), quantity })).nullish(),
        labels: z
          .array(
            z.object({ tracking_number: z.string().nullish(), tracking_url: z.string().nullish() }),
          )
          .nullish(),
      }),
    )
    .nullish(),
  shipping_methods: z
    .array(z.object({ name: z.string().nullish(), amount: wire.rawMoney }))
    .nullish(),
  promotions: z.array(z.object({ code: z.string().nullish() })).nullish(),
});
type RawOrder = z.infer<typeof rawOrderSchema>;
const orderSummariesBody = wire.rawListOf('orders', rawOrderSummarySchema);
const ordersBody = wire.rawListOf('orders', rawOrderSchema);

// Medusa v2 adds every line item to an order list whatever is asked; `summary` is the
// cheaper way to the totals.
const ORDER_LIST_FIELDS =
  'id,display_id,created_at,status,fulfillment_status,payment_status,currency_code,' +
  'summary,items.product_id,items.title,items.thumbnail,items.quantity,items.detail.return_requested_quantity';
const LINE_RETURN_FIELDS = [
  'shipped_quantity',
  'return_requested_quantity',
  'return_received_quantity',
  'return_dismissed_quantity',
  'written_off_quantity',
]
  .map((field) => `items.detail.${field}`)
  .join(',');
const ORDER_DETAIL_FIELDS =
  'id,display_id,email,status,fulfillment_status,payment_status,created_at,currency_code,summary,' +
  'item_subtotal,shipping_total,tax_total,discount_total,' +
  'items.id,items.product_id,items.title,items.subtitle,items.variant_title,items.thumbnail,items.quantity,items.unit_price,items.total,' +
  '*shipping_address,*billing_address,*shipping_methods,promotions.code,*fulfillments,*fulfillments.items,*fulfillments.labels,' +
  LINE_RETURN_FIELDS;

type RawOrderItem = NonNullable<RawOrder['items']>[number];

const orderMapping = (isStoreFile: wire.OrderMapping<RawOrderItem>['isStoreFile']) =>
  ({
    money: fromMajorUnits,
    variantTitle: (item) => item.variant_title ?? item.subtitle ?? null,
    paymentStatus: wire.paymentStatus,
    isStoreFile,
  }) satisfies wire.OrderMapping<RawOrderItem>;

function detailParts(raw: RawOrder): wire.OrderDetailParts {
  const details = new Map((raw.items ?? []).map((item) => [item.id, item.detail]));
  return {
    itemSubtotal: raw.item_subtotal,
    total: raw.summary?.original_order_total,
    returnInProgress: returnInProgress(raw),
    returnsOf: (lineId) => lineReturnsOf(details.get(lineId)),
    refundedTotal: raw.summary?.refunded_total,
    shippingMethods: (raw.shipping_methods ?? []).map((method) => ({
      name: method.name ?? 'Shipping',
      amount: method.amount,
    })),
    discountCodes: (raw.promotions ?? []).flatMap((promotion) => promotion.code ?? []),
    shipments: wire.toRawShipments(
      raw.fulfillments,
      (item) => item.line_item_id,
      (f) => f.labels?.map((label) => ({ number: label.tracking_number, url: label.tracking_url })),
    ),
  };
}

/** The customer's own orders: a page of the list, and one order. */
export function orderMethods({ request, asCustomer, isStoreFile }: V2Context): OrderMethods {
  return ownOrderMethods('v2', {
    mapping: orderMapping(isStoreFile),
    async listPage(session, { page, pageSize }) {
      const result = await request('listOrders', '/store/orders', {
        query: {
          limit: pageSize,
          offset: (page - 1) * pageSize,
          order: '-created_at',
          fields: ORDER_LIST_FIELDS,
        },
        headers: asCustomer(session),
      });
      return wire.parseResponse(orderSummariesBody, result, 'v2 listOrders');
    },
    summaryParts: (order) => ({
      total: order.summary?.original_order_total,
      returnInProgress: returnInProgress(order),
    }),
    async listById(session, id) {
      // GET /store/orders/:id answers anyone who knows the id; listing the session's own
      // orders filtered by id keeps the lookup scoped to the signed-in customer.
      const result = await request('retrieveOrder', '/store/orders', {
        query: { id, limit: 1, fields: ORDER_DETAIL_FIELDS },
        headers: asCustomer(session),
      });
      return wire.parseResponse(ordersBody, result, 'v2 retrieveOrder');
    },
    detailParts,
  });
}

import 'server-only';

import { z } from 'zod';

import type { OrderMethods } from '../adapter';
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

/** What the orders list asks for (ORDER_LIST_FIELDS). */
const rawOrderSummarySchema = wire.rawOrderBaseSchema.extend({
  summary: rawSummary.nullish(),
  items: z
    .array(z.object({ title: z.string().nullish(), thumbnail: z.string().nullish(), quantity }))
    .nullish(),
});

/** What one order's page asks for (ORDER_DETAIL_FIELDS). */
const rawOrderSchema = rawOrderSummarySchema.extend({
  ...wire.rawOrderDetailFields,
  item_subtotal: wire.rawMoney,
  items: z
    .array(
      wire.rawLineItemBaseSchema.extend({
        quantity,
        subtitle: z.string().nullish(),
        variant_title: z.string().nullish(),
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
  'summary,items.title,items.thumbnail,items.quantity';
const ORDER_DETAIL_FIELDS =
  'id,display_id,email,status,fulfillment_status,payment_status,created_at,currency_code,summary,' +
  'item_subtotal,shipping_total,tax_total,discount_total,' +
  'items.id,items.title,items.subtitle,items.variant_title,items.thumbnail,items.quantity,items.unit_price,items.total,' +
  '*shipping_address,*billing_address,*shipping_methods,promotions.code,*fulfillments,*fulfillments.items,*fulfillments.labels';

type RawOrderItem = NonNullable<RawOrder['items']>[number];

const orderMapping = (isStoreFile: wire.OrderMapping<RawOrderItem>['isStoreFile']) =>
  ({
    money: fromMajorUnits,
    variantTitle: (item) => item.variant_title ?? item.subtitle ?? null,
    paymentStatus: wire.paymentStatus,
    isStoreFile,
  }) satisfies wire.OrderMapping<RawOrderItem>;

function detailParts(raw: RawOrder): wire.OrderDetailParts {
  return {
    itemSubtotal: raw.item_subtotal,
    total: raw.summary?.original_order_total,
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
    totalOf: (order) => order.summary?.original_order_total,
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

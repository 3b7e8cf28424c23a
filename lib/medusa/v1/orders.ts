import 'server-only';

import { z } from 'zod';

import type { OrderMethods } from '../adapter';
import { lineReturns } from '../../orders/returns';
import { fromMinorUnits } from '../money';
import { ownOrderMethods } from '../order-methods';
import * as wire from '../wire';
import type { V1Context } from './client';

// v1 sends the same order shape to the list and to one order's page; the list expands only
// the items (ORDER_LIST), one order's page its shipments, shipping and discounts too.
const rawOrderSchema = wire.rawOrderBaseSchema.extend({
  ...wire.rawOrderDetailFields,
  total: wire.rawMoney,
  subtotal: wire.rawMoney,
  refunded_total: wire.rawMoney,
  items: z
    .array(
      wire.rawLineItemBaseSchema.extend({
        quantity: z.number(),
        description: z.string().nullish(),
        variant: z.object({ title: z.string().nullish() }).nullish(),
        shipped_quantity: z.number().nullish(),
        returned_quantity: z.number().nullish(),
      }),
    )
    .optional(),
  fulfillments: z
    .array(
      wire.rawFulfillmentBaseSchema.extend({
        items: z.array(z.object({ item_id: z.string(), quantity: z.number() })).nullish(),
        tracking_links: z
          .array(z.object({ tracking_number: z.string().nullish(), url: z.string().nullish() }))
          .nullish(),
      }),
    )
    .optional(),
  shipping_methods: z
    .array(
      z.object({
        price: wire.rawMoney,
        shipping_option: z.object({ name: z.string().nullish() }).nullish(),
      }),
    )
    .optional(),
  discounts: z.array(z.object({ code: z.string() })).optional(),
  returns: z
    .array(
      z.object({
        status: z.string(),
        items: z.array(z.object({ item_id: z.string(), quantity: z.number().nullish() })).nullish(),
      }),
    )
    .optional(),
});
type RawOrder = z.infer<typeof rawOrderSchema>;
const ordersBody = wire.rawListOf('orders', rawOrderSchema);

/** What the orders list shows, and no more. */
const ORDER_LIST = {
  expand: 'items,returns',
  fields: 'id,display_id,created_at,status,fulfillment_status,payment_status,currency_code,total',
};
const ORDER_DETAIL_EXPAND =
  'items,items.variant,shipping_address,billing_address,fulfillments,fulfillments.items,fulfillments.tracking_links,' +
  'shipping_methods,shipping_methods.shipping_option,discounts,returns,returns.items';

/**
 * Medusa v1 counts a line's units back in `returned_quantity` once the store receives them;
 * until then they are only on the order's returns, in those still `requested` (or waiting for
 * the merchant: `requires_action`).
 */
const isUnderWay = (status: string) => status === 'requested' || status === 'requires_action';
const returnInProgress = (order: RawOrder) =>
  (order.returns ?? []).some((r) => isUnderWay(r.status));

function requestedOf(order: RawOrder, lineId: string) {
  return (order.returns ?? [])
    .filter((r) => isUnderWay(r.status))
    .flatMap((r) => r.items ?? [])
    .filter((item) => item.item_id === lineId)
    .reduce((sum, item) => sum + (item.quantity ?? 0), 0);
}

type RawOrderItem = NonNullable<RawOrder['items']>[number];

/** v1 says `awaiting` for a payment that was authorized and waits to be captured. */
const paymentStatus = (raw: string | null | undefined) =>
  raw === 'awaiting' ? 'authorized' : wire.paymentStatus(raw);

const orderMapping = (isStoreFile: wire.OrderMapping<RawOrderItem>['isStoreFile']) =>
  ({
    money: fromMinorUnits,
    variantTitle: (item) => item.variant?.title ?? item.description ?? null,
    paymentStatus,
    isStoreFile,
  }) satisfies wire.OrderMapping<RawOrderItem>;

function detailParts(raw: RawOrder): wire.OrderDetailParts {
  return {
    itemSubtotal: raw.subtotal,
    total: raw.total,
    returnInProgress: returnInProgress(raw),
    returnsOf(lineId) {
      const line = raw.items?.find((item) => item.id === lineId);
      return lineReturns(
        line?.shipped_quantity ?? 0,
        requestedOf(raw, lineId),
        line?.returned_quantity ?? 0,
      );
    },
    refundedTotal: raw.refunded_total,
    shippingMethods: (raw.shipping_methods ?? []).map((method) => ({
      name: method.shipping_option?.name ?? 'Shipping',
      amount: method.price,
    })),
    discountCodes: (raw.discounts ?? []).map((discount) => discount.code),
    // v1 has no delivery state; its shipment records tracking numbers, and a URL only when a
    // fulfilment plugin gave one.
    shipments: wire.toRawShipments(
      raw.fulfillments,
      (item) => item.item_id,
      (f) => f.tracking_links?.map((link) => ({ number: link.tracking_number, url: link.url })),
    ),
  };
}

/** The customer's own orders: a page of the list, and one order. */
export function orderMethods({ call, medusa, asCustomer, isStoreFile }: V1Context): OrderMethods {
  return ownOrderMethods('v1', {
    mapping: orderMapping(isStoreFile),
    async listPage(session, { page, pageSize }) {
      const result = await call('listOrders', () =>
        medusa.customers.listOrders(
          { limit: pageSize, offset: (page - 1) * pageSize, ...ORDER_LIST },
          asCustomer(session),
        ),
      );
      return wire.parseResponse(ordersBody, result, 'v1 listOrders');
    },
    summaryParts: (order) => ({ total: order.total, returnInProgress: returnInProgress(order) }),
    async listById(session, id) {
      // GET /store/orders/:id is public in v1; listing the customer's own orders filtered by
      // id keeps the lookup scoped to the session.
      const result = await call('retrieveOrder', () =>
        medusa.customers.listOrders(
          { id, limit: 1, offset: 0, expand: ORDER_DETAIL_EXPAND },
          asCustomer(session),
        ),
      );
      return wire.parseResponse(ordersBody, result, 'v1 retrieveOrder');
    },
    detailParts,
  });
}

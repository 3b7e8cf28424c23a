import { z } from 'zod';

import type {
  LineReturns,
  Money,
  Order,
  OrderSummary,
  Page,
  PaymentStatus,
} from '../../store/types';
import { rawAddressSchema, toOrderAddress, type RawAddress } from './address';
import { fulfillmentStatus, orderStatus } from './order-status';
import type { StoreFileCheck } from './photo';
import { pageOf, rawMoney, rawText as text } from './responses';
import { toDiscounts, toShipments, type RawShipment } from './shipments';

// The order fields and the mapping both versions share; what differs, each adapter says in an
// `OrderMapping` and its `OrderDetailParts`.

/** The order fields both versions send alike; each adds its own totals, items and shipments. */
export const rawOrderBaseSchema = z.object({
  id: z.string(),
  display_id: z.number(),
  created_at: z.string(),
  status: z.string(),
  currency_code: z.string(),
  fulfillment_status: text,
  payment_status: text,
});

/** A fulfilment's own fields as both versions send them; each adds its lines and tracking. */
export const rawFulfillmentBaseSchema = z.object({
  id: z.string(),
  created_at: text,
  shipped_at: text,
  canceled_at: text,
});

type RawFulfillment = z.infer<typeof rawFulfillmentBaseSchema> & {
  /** v2 only: v1 has no delivery state. */
  delivered_at?: string | null;
  items?: readonly { quantity: number }[] | null;
};

/**
 * An order's shipments from its fulfilments: the fields both versions share, then each
 * version's way to a line's id and to the tracking numbers (and URLs, where it has them).
 */
export function toRawShipments<Fulfillment extends RawFulfillment>(
  fulfillments: readonly Fulfillment[] | null | undefined,
  lineIdOf: (line: NonNullable<Fulfillment['items']>[number]) => string,
  trackingOf: (
    fulfillment: Fulfillment,
  ) => readonly { number?: string | null; url?: string | null }[] | null | undefined,
): RawShipment[] {
  return (fulfillments ?? []).map((f) => ({
    id: f.id,
    createdAt: f.created_at,
    shippedAt: f.shipped_at,
    deliveredAt: f.delivered_at,
    canceledAt: f.canceled_at,
    items: (f.items ?? []).map((item) => ({ lineId: lineIdOf(item), quantity: item.quantity })),
    tracking: (trackingOf(f) ?? []).map((t) => ({ number: t.number ?? '', url: t.url })),
  }));
}

/** A line's fields both versions send alike; each adds its quantity and its variant's name. */
export const rawLineItemBaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  thumbnail: text,
  unit_price: z.number(),
  total: rawMoney,
});

/** One order's page adds these to the base on both versions. */
export const rawOrderDetailFields = {
  // The orders list asks for fewer fields than one order's page.
  email: text,
  shipping_total: rawMoney,
  tax_total: rawMoney,
  discount_total: rawMoney,
  shipping_address: rawAddressSchema.nullish(),
  billing_address: rawAddressSchema.nullish(),
};

type RawOrderBase = z.infer<typeof rawOrderBaseSchema>;
export type RawLineItemBase = {
  id: string;
  /** v2 only: the product the line is of (v1 names only its variant). */
  product_id?: string | null;
  title: string;
  quantity: number;
  unit_price: number;
  total?: number | null;
  thumbnail?: string | null;
};
/** What the orders list needs of each line: its title and picture for the first, and counts. */
type RawListLine = {
  product_id?: string | null;
  title?: string | null;
  quantity: number;
  thumbnail?: string | null;
};
/** An order in the list, as both versions answer it. */
export type RawOrderSummary = RawOrderBase & { items?: readonly RawListLine[] | null };
/** One order's page, as both versions answer it. */
export type RawOrderDetail<Item extends RawLineItemBase> = RawOrderBase & {
  email?: string | null;
  items?: readonly Item[] | null;
  shipping_total?: number | null;
  tax_total?: number | null;
  discount_total?: number | null;
  shipping_address?: Omit<RawAddress, 'id'> | null;
  billing_address?: Omit<RawAddress, 'id'> | null;
};

/** What tells one version's orders from the other's, for the shared order mapping. */
export type OrderMapping<Item extends RawLineItemBase> = {
  /** Medusa v1 stores amounts in minor units, v2 in major units. */
  money: (amount: number | null | undefined, currencyCode: string) => Money;
  variantTitle: (item: Item) => string | null;
  paymentStatus: (raw: string | null | undefined) => PaymentStatus;
  /** Is this one of the store's own files (lib/store-files.mjs)? Others are never shown. */
  isStoreFile: StoreFileCheck;
};

/** What each version reads of an order in the list besides the fields both send alike. */
export type SummaryParts = {
  /** What the order came to when placed, in the version's own unit. */
  total: number | null | undefined;
  /** Items were asked back that the store has not received yet. */
  returnInProgress: boolean;
};

export function toOrderSummary(
  raw: RawOrderSummary,
  { total, returnInProgress }: SummaryParts,
  { money, paymentStatus, isStoreFile }: Omit<OrderMapping<RawLineItemBase>, 'variantTitle'>,
): OrderSummary {
  const items = raw.items ?? [];
  const first = items[0];
  const status = orderStatus(raw.status);
  const goods = fulfillmentStatus(raw.fulfillment_status);
  return {
    id: raw.id,
    displayId: raw.display_id,
    createdAt: new Date(raw.created_at).toISOString(),
    status,
    // v2 leaves a cancelled order's goods `not_fulfilled`; v1 calls them `canceled`, as we do.
    fulfillmentStatus: status === 'canceled' && goods === 'not_fulfilled' ? 'canceled' : goods,
    paymentStatus: paymentStatus(raw.payment_status),
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    firstItem: first
      ? {
          productId: first.product_id ?? null,
          title: first.title ?? '',
          thumbnail: isStoreFile(first.thumbnail) ? first.thumbnail : null,
        }
      : null,
    otherLineCount: Math.max(0, items.length - 1),
    total: money(total, raw.currency_code),
    returnInProgress,
  };
}

/** The parts of one order's page that each version reads its own way. */
export type OrderDetailParts = SummaryParts & {
  /** The items alone (v1 `subtotal`, v2 `item_subtotal`). */
  itemSubtotal: number | null | undefined;
  /** A line's units on their way back. */
  returnsOf: (lineId: string) => LineReturns;
  refundedTotal: number | null | undefined;
  shippingMethods: readonly { name: string; amount: number | null | undefined }[];
  discountCodes: readonly string[];
  shipments: readonly RawShipment[];
};

export function toOrder<Item extends RawLineItemBase>(
  raw: RawOrderDetail<Item>,
  parts: OrderDetailParts,
  mapping: OrderMapping<Item>,
): Order {
  const { money, variantTitle, isStoreFile } = mapping;
  const currency = raw.currency_code;
  const shipping = raw.shipping_address;
  const billing = raw.billing_address;
  const items = (raw.items ?? []).map((item) => ({
    id: item.id,
    productId: item.product_id ?? null,
    title: item.title,
    variantTitle: variantTitle(item),
    thumbnail: isStoreFile(item.thumbnail) ? item.thumbnail : null,
    quantity: item.quantity,
    unitPrice: money(item.unit_price, currency),
    total: money(item.total ?? item.unit_price * item.quantity, currency),
    returns: parts.returnsOf(item.id),
  }));
  const discountTotal = money(raw.discount_total, currency);
  return {
    ...toOrderSummary(raw, parts, mapping),
    email: raw.email ?? '',
    items,
    subtotal: money(parts.itemSubtotal, currency),
    shippingTotal: money(raw.shipping_total, currency),
    taxTotal: money(raw.tax_total, currency),
    discountTotal,
    refundedTotal: money(parts.refundedTotal, currency),
    shippingAddress: shipping ? toOrderAddress(shipping) : null,
    billingAddress: billing ? toOrderAddress(billing) : null,
    shippingMethods: parts.shippingMethods.map((method) => ({
      name: method.name,
      amount: money(method.amount, currency),
    })),
    discounts: toDiscounts(parts.discountCodes, discountTotal),
    shipments: toShipments(parts.shipments, items),
  };
}

/** One page of the orders list, newest first, as both versions answer it. */
export function toOrderSummaryPage<Raw extends RawOrderSummary>(
  body: { orders: readonly Raw[]; count: number },
  request: { page: number; pageSize: number },
  partsOf: (order: Raw) => SummaryParts,
  mapping: Omit<OrderMapping<RawLineItemBase>, 'variantTitle'>,
): Page<OrderSummary> {
  return pageOf(
    body.orders.map((order) => toOrderSummary(order, partsOf(order), mapping)),
    body.count,
    request,
  );
}

import { z } from 'zod';

import { BackendError, type BackendErrorKind } from './backend';
import type {
  Address,
  AddressInput,
  Country,
  Customer,
  FulfillmentStatus,
  Money,
  Order,
  OrderAddress,
  OrderStatus,
  OrderSummary,
  Page,
  PaymentStatus,
  Photo,
  Shipment,
  Tracking,
} from './types';

// What the v1 and v2 store APIs have in common: snake_case addresses, order statuses, HTTP
// statuses and the `connect.sid` session cookie. Each adapter maps the rest itself.

export const MEDUSA_SESSION_COOKIE = 'connect.sid';

/** Where each dev backend listens unless told otherwise (MEDUSA_V1_PORT / MEDUSA_V2_PORT). */
export const DEFAULT_BACKEND_URLS = {
  v1: 'http://localhost:9000',
  v2: 'http://localhost:9001',
} as const;

type Metadata = Record<string, unknown> | null | undefined;

/**
 * The storefront's keys in a customer's metadata, and the longest value each may hold. A
 * customer can write any value there straight through Medusa's store API, so a value is read
 * only when it is a string within its bound, before anything parses or matches it: no stored
 * value can make a page view of that shopper expensive.
 */
const METADATA_MAX_LENGTH = {
  default_shipping_address_id: 64,
  sessions_valid_after: 40,
  profile_photo_url: 2048,
  profile_photo_file: 512,
} as const;

type MetadataKey = keyof typeof METADATA_MAX_LENGTH;

/** The value stored under one of the storefront's keys, or null when it is no bounded string. */
export function metadataText(metadata: Metadata, key: MetadataKey): string | null {
  const value = metadata?.[key];
  return typeof value === 'string' && value.length <= METADATA_MAX_LENGTH[key] ? value : null;
}

/** v1 has no default-address flag; the storefront keeps the choice in customer metadata. */
export const V1_DEFAULT_SHIPPING_KEY = 'default_shipping_address_id' satisfies MetadataKey;

/** Customer metadata key holding the "sessions valid after" instant (ISO 8601). */
export const SESSIONS_VALID_AFTER_KEY = 'sessions_valid_after' satisfies MetadataKey;

export function sessionsValidAfter(metadata: Metadata) {
  const stored = metadataText(metadata, SESSIONS_VALID_AFTER_KEY);
  const instant = stored === null ? NaN : Date.parse(stored);
  return Number.isFinite(instant) ? instant : null;
}

export function sessionsValidAfterMetadata(instant: number) {
  return { [SESSIONS_VALID_AFTER_KEY]: new Date(instant).toISOString() };
}

/** Customer metadata keys naming the profile photo: its URL and its file in the store's storage. */
export const PHOTO_URL_KEY = 'profile_photo_url' satisfies MetadataKey;
export const PHOTO_FILE_KEY = 'profile_photo_file' satisfies MetadataKey;

/** The start of every photo file's name; the customer's id follows, so a file says whose it is. */
export const PHOTO_FILE_PREFIX = 'profile-photo-';
const PHOTO_FILE_SUFFIX = '.webp';

/**
 * Is `fileId` a photo file the storefront made for this customer? Metadata is writable by the
 * customer through the store API, so a file named there is deleted (with the server's admin
 * credentials) only when its name is one of this customer's photos: no other file, no path.
 */
export function isOwnPhotoFile(fileId: string, customerId: string): boolean {
  // Bounded first, and then only patterns that cannot backtrack: the name is the customer's
  // to write, and it is checked on every read of the customer.
  if (fileId.length > METADATA_MAX_LENGTH[PHOTO_FILE_KEY]) return false;
  if (!/^[A-Za-z0-9_]{1,64}$/.test(customerId)) return false;
  // A storage may put the file in folders, and a time before the name; no empty or parent
  // folder, no absolute path.
  const parts = fileId.split('/');
  const name = parts.pop()!;
  if (
    !parts.every((folder) => /^[A-Za-z0-9_.-]+$/.test(folder) && folder !== '..' && folder !== '.')
  )
    return false;
  if (!name.endsWith(PHOTO_FILE_SUFFIX)) return false;
  const stem = name.slice(0, -PHOTO_FILE_SUFFIX.length);
  const marker = `${PHOTO_FILE_PREFIX}${customerId}-`;
  const at = stem.lastIndexOf(marker);
  if (at < 0) return false;
  // Before the name, the storage's time; after it, our 16 hex digits and the storage's own
  // unique part.
  return (
    /^[A-Za-z0-9_.-]*$/.test(stem.slice(0, at)) &&
    /^[a-f0-9]{16}[A-Za-z0-9_-]*$/.test(stem.slice(at + marker.length))
  );
}

/** Tells the store's own files from any other URL (call.ts `storeFileCheck`). */
export type StoreFileCheck = (url: unknown) => url is string;

/**
 * The photo named in the customer's metadata: shown only when its URL is one of the store's
 * files; its file id kept only when it is this customer's own (`isOwnPhotoFile`).
 */
export function photoOf(
  metadata: Metadata,
  customerId: string,
  isStoreFile: StoreFileCheck,
): Photo | null {
  const url = metadataText(metadata, PHOTO_URL_KEY);
  if (!isStoreFile(url)) return null;
  const file = metadataText(metadata, PHOTO_FILE_KEY);
  return { url, fileId: file !== null && isOwnPhotoFile(file, customerId) ? file : null };
}

export function photoMetadata(photo: { url: string; fileId: string } | null) {
  return { [PHOTO_URL_KEY]: photo?.url ?? null, [PHOTO_FILE_KEY]: photo?.fileId ?? null };
}

// Response shapes are checked where they enter (zod): a malformed or unexpected answer is
// `unavailable`, never a crash deeper in the storefront.

const text = z.string().nullish();
/** An amount as Medusa sends it; absent or null where the store did not compute it. */
export const rawMoney = z.number().nullish();

export const rawAddressSchema = z.object({
  id: z.string(),
  first_name: text,
  last_name: text,
  company: text,
  address_1: text,
  address_2: text,
  city: text,
  province: text,
  postal_code: text,
  country_code: text,
  phone: text,
  created_at: z.string().optional(),
});
export type RawAddress = z.infer<typeof rawAddressSchema>;

/** The customer fields both versions send alike; each adds its own address list. */
export const rawCustomerBaseSchema = z.object({
  id: z.string(),
  email: z.string(),
  first_name: text,
  last_name: text,
  phone: text,
  // v2 only; v1 keeps a company on addresses alone.
  company_name: text,
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

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

/** One order's page adds these to the base on both versions. */
export const rawOrderDetailFields = {
  // The orders list asks for fewer fields than one order's page.
  email: text,
  shipping_total: rawMoney,
  tax_total: rawMoney,
  discount_total: rawMoney,
  shipping_address: rawAddressSchema.nullish(),
};

export const rawCountrySchema = z.object({
  iso_2: z.string(),
  display_name: text,
  name: text,
});

export const rawRegionsSchema = z.object({
  regions: z.array(z.object({ countries: z.array(rawCountrySchema).nullish() })),
});

/** The body of a list both versions answer as `{ <key>: [...], count }`. */
export const rawListOf = <Key extends string, Item extends z.ZodType>(key: Key, item: Item) =>
  z.object({ [key]: z.array(item), count: z.number() } as { [K in Key]: z.ZodArray<Item> } & {
    count: z.ZodNumber;
  });

/** Checks a response body against its expected shape. */
export function parseResponse<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new BackendError('unavailable', `${what}: malformed response (${where})`);
  }
  return result.data;
}

/**
 * The item with `id` in a list the backend answered (an order among the customer's own, an
 * address after an update), or `not_found`: never something that merely came first.
 */
export function requireById<T extends { id: string }>(
  items: readonly T[] | null | undefined,
  id: string,
  what: string,
): T {
  const found = items?.find((item) => item.id === id);
  if (!found) throw new BackendError('not_found', `${what}: ${id} is not the customer's`);
  return found;
}

/**
 * A customer from the fields both versions share, with the addresses each version has
 * already told default or not; the default address comes first.
 */
export function toCustomer(
  raw: z.infer<typeof rawCustomerBaseSchema>,
  addresses: readonly Address[],
  isStoreFile: StoreFileCheck,
): Customer {
  const sorted = [...addresses].sort(
    (a, b) => Number(b.isDefaultShipping) - Number(a.isDefaultShipping),
  );
  return {
    id: raw.id,
    email: raw.email,
    firstName: raw.first_name ?? '',
    lastName: raw.last_name ?? '',
    phone: raw.phone || null,
    companyName: raw.company_name || null,
    addresses: sorted,
    defaultShippingAddressId: sorted.find((a) => a.isDefaultShipping)?.id ?? null,
    sessionsValidAfter: sessionsValidAfter(raw.metadata),
    photo: photoOf(raw.metadata, raw.id, isStoreFile),
  };
}

/** The address created last: neither version says which one an "add address" call created. */
export function newestAddress<T extends RawAddress>(addresses: readonly T[]): T | undefined {
  return [...addresses].sort(
    (a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''),
  )[0];
}

export function toAddress(raw: RawAddress, isDefaultShipping: boolean): Address {
  return {
    id: raw.id,
    ...toOrderAddress(raw),
    province: raw.province || null,
    phone: raw.phone || null,
    isDefaultShipping,
  };
}

export function toOrderAddress(raw: Omit<RawAddress, 'id'>): OrderAddress {
  return {
    firstName: raw.first_name ?? '',
    lastName: raw.last_name ?? '',
    company: raw.company || null,
    address1: raw.address_1 ?? '',
    address2: raw.address_2 || null,
    city: raw.city ?? '',
    postalCode: raw.postal_code ?? '',
    countryCode: (raw.country_code ?? '').toLowerCase(),
  };
}

/** Empty strings clear optional fields on both versions. */
export function fromAddressInput(input: AddressInput) {
  return {
    first_name: input.firstName,
    last_name: input.lastName,
    company: input.company ?? '',
    address_1: input.address1,
    address_2: input.address2 ?? '',
    city: input.city,
    province: input.province ?? '',
    postal_code: input.postalCode,
    country_code: input.countryCode.toLowerCase(),
    phone: input.phone ?? '',
  };
}

const ORDER_STATUSES: readonly OrderStatus[] = [
  'pending',
  'completed',
  'canceled',
  'archived',
  'requires_action',
];

const FULFILLMENT_STATUSES: readonly FulfillmentStatus[] = [
  'not_fulfilled',
  'partially_fulfilled',
  'fulfilled',
  'partially_shipped',
  'shipped',
  'partially_delivered',
  'delivered',
  'partially_returned',
  'returned',
  'canceled',
  'requires_action',
];

const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'not_paid',
  'awaiting',
  'authorized',
  'partially_authorized',
  'captured',
  'partially_captured',
  'partially_refunded',
  'refunded',
  'canceled',
  'requires_action',
];

/** A status both versions spell alike, or `unknown`. */
const known =
  <Status extends string>(statuses: readonly Status[]) =>
  (raw: string | null | undefined): Status | 'unknown' =>
    (statuses as readonly (string | null | undefined)[]).includes(raw)
      ? (raw as Status)
      : 'unknown';

export const orderStatus: (raw: string) => OrderStatus = known(ORDER_STATUSES);
export const fulfillmentStatus: (raw: string | null | undefined) => FulfillmentStatus =
  known(FULFILLMENT_STATUSES);
/** v2's spelling; v1 says `awaiting` for a payment held but not taken (its adapter maps it). */
export const paymentStatus: (raw: string | null | undefined) => PaymentStatus =
  known(PAYMENT_STATUSES);

/** What an HTTP status means, unless the call says otherwise (`byStatus`). */
export function errorKindForStatus(
  status: number,
  byStatus: Partial<Record<number, BackendErrorKind>> = {},
): BackendErrorKind {
  return (
    byStatus[status] ??
    (status === 401 || status === 403
      ? 'unauthorized'
      : status === 404
        ? 'not_found'
        : status === 400 || status === 422
          ? 'invalid_input'
          : 'unavailable')
  );
}

/** The session id from a response's Set-Cookie headers. */
export function sessionFromSetCookie(headers: readonly string[]): string | null {
  for (const header of headers) {
    const [pair] = header.split(';');
    const [name, ...value] = (pair ?? '').split('=');
    if (name?.trim() === MEDUSA_SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/** A page of a list both versions return as `{ <items>, count }` for a limit and offset. */
export function pageOf<T>(
  items: T[],
  count: number,
  { page, pageSize }: { page: number; pageSize: number },
): Page<T> {
  return { items, count, page, pageSize, pageCount: Math.max(1, Math.ceil(count / pageSize)) };
}

/** The countries of every region, once each, by name: the address form's choices. */
export function countriesOf(body: unknown, what: string): Country[] {
  const { regions } = parseResponse(rawRegionsSchema, body, what);
  const byCode = new Map<string, Country>();
  for (const region of regions) {
    for (const country of region.countries ?? []) {
      const code = country.iso_2.toLowerCase();
      byCode.set(code, { code, name: country.display_name || country.name || code.toUpperCase() });
    }
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

type RawOrderBase = z.infer<typeof rawOrderBaseSchema>;
type RawLineItemBase = {
  id: string;
  title: string;
  quantity: number;
  unit_price: number;
  total?: number | null;
  thumbnail?: string | null;
};
/** What the orders list needs of each line: its title and picture for the first, and counts. */
type RawListLine = { title?: string | null; quantity: number; thumbnail?: string | null };

/** What tells one version's orders from the other's, for the shared order mapping. */
export type OrderMapping<Item extends RawLineItemBase> = {
  /** Medusa v1 stores amounts in minor units, v2 in major units. */
  money: (amount: number | null | undefined, currencyCode: string) => Money;
  variantTitle: (item: Item) => string | null;
  paymentStatus: (raw: string | null | undefined) => PaymentStatus;
  /** Is this one of the store's own files (lib/store-files.mjs)? Others are never shown. */
  isStoreFile: StoreFileCheck;
};

/** `total`: what the order came to when placed, in the version's own unit. */
export function toOrderSummary(
  raw: RawOrderBase & { items?: readonly RawListLine[] | null },
  total: number | null | undefined,
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
          title: first.title ?? '',
          thumbnail: isStoreFile(first.thumbnail) ? first.thumbnail : null,
        }
      : null,
    otherLineCount: Math.max(0, items.length - 1),
    total: money(total, raw.currency_code),
  };
}

/** A tracking link's address, only when it is http(s): it becomes a link on the page. */
export function trackingUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A fulfilment as each adapter reads its version's own: line ids, dates and tracking. */
export type RawShipment = {
  id: string;
  createdAt?: string | null;
  shippedAt?: string | null;
  deliveredAt?: string | null;
  canceledAt?: string | null;
  items: readonly { lineId: string; quantity: number }[];
  tracking: readonly { number: string; url?: string | null }[];
};

const isoOrNull = (raw: string | null | undefined) => (raw ? new Date(raw).toISOString() : null);

/** The parcels not cancelled, oldest first, each with the titles of the order's own lines. */
export function toShipments(
  raw: readonly RawShipment[],
  lines: readonly { id: string; title: string }[],
): Shipment[] {
  const titleOf = new Map(lines.map((line) => [line.id, line.title]));
  return raw
    .filter((shipment) => !shipment.canceledAt)
    .sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? ''))
    .map((shipment): Shipment => {
      const shippedAt = isoOrNull(shipment.shippedAt);
      const deliveredAt = isoOrNull(shipment.deliveredAt);
      return {
        id: shipment.id,
        status: deliveredAt ? 'delivered' : shippedAt ? 'shipped' : 'preparing',
        shippedAt,
        deliveredAt,
        items: shipment.items.flatMap((item) => {
          const title = titleOf.get(item.lineId);
          return title === undefined
            ? []
            : [{ lineId: item.lineId, title, quantity: item.quantity }];
        }),
        tracking: shipment.tracking
          .filter((t) => t.number)
          .map((t): Tracking => ({ number: t.number, url: trackingUrl(t.url) })),
      };
    });
}

/** The codes used, once each; neither version says how much each code took on its own. */
export function toDiscounts(codes: readonly string[], discountTotal: Money): Order['discounts'] {
  const unique = [...new Set(codes.filter(Boolean))];
  return unique.map((code) => ({ code, amount: unique.length === 1 ? discountTotal : null }));
}

/** The parts of one order's page that each version reads its own way. */
export type OrderDetailParts = {
  /** The items alone (v1 `subtotal`, v2 `item_subtotal`). */
  itemSubtotal: number | null | undefined;
  total: number | null | undefined;
  refundedTotal: number | null | undefined;
  shippingMethods: readonly { name: string; amount: number | null | undefined }[];
  discountCodes: readonly string[];
  shipments: readonly RawShipment[];
};

export function toOrder<Item extends RawLineItemBase>(
  raw: RawOrderBase & {
    email?: string | null;
    items?: readonly Item[] | null;
    shipping_total?: number | null;
    tax_total?: number | null;
    discount_total?: number | null;
    shipping_address?: Omit<RawAddress, 'id'> | null;
  },
  parts: OrderDetailParts,
  mapping: OrderMapping<Item>,
): Order {
  const { money, variantTitle, isStoreFile } = mapping;
  const currency = raw.currency_code;
  const shipping = raw.shipping_address;
  const items = (raw.items ?? []).map((item) => ({
    id: item.id,
    title: item.title,
    variantTitle: variantTitle(item),
    thumbnail: isStoreFile(item.thumbnail) ? item.thumbnail : null,
    quantity: item.quantity,
    unitPrice: money(item.unit_price, currency),
    total: money(item.total ?? item.unit_price * item.quantity, currency),
  }));
  const discountTotal = money(raw.discount_total, currency);
  return {
    ...toOrderSummary(raw, parts.total, mapping),
    email: raw.email ?? '',
    items,
    subtotal: money(parts.itemSubtotal, currency),
    shippingTotal: money(raw.shipping_total, currency),
    taxTotal: money(raw.tax_total, currency),
    discountTotal,
    refundedTotal: money(parts.refundedTotal, currency),
    shippingAddress: shipping ? toOrderAddress(shipping) : null,
    shippingMethods: parts.shippingMethods.map((method) => ({
      name: method.name,
      amount: money(method.amount, currency),
    })),
    discounts: toDiscounts(parts.discountCodes, discountTotal),
    shipments: toShipments(parts.shipments, items),
  };
}

/** One page of the orders list, newest first, as both versions answer it. */
export function toOrderSummaryPage<
  Raw extends RawOrderBase & { items?: readonly RawListLine[] | null },
>(
  body: { orders: readonly Raw[]; count: number },
  request: { page: number; pageSize: number },
  totalOf: (order: Raw) => number | null | undefined,
  mapping: Omit<OrderMapping<RawLineItemBase>, 'variantTitle'>,
): Page<OrderSummary> {
  return pageOf(
    body.orders.map((order) => toOrderSummary(order, totalOf(order), mapping)),
    body.count,
    request,
  );
}

// The storefront's own shapes. Adapters map each Medusa generation onto these; nothing
// outside lib/medusa ever sees a Medusa type.

export type Money = {
  /** Amount in the currency's major unit (12.5 means 12.50 EUR). */
  amount: number;
  /** ISO 4217, lower case as Medusa stores it. */
  currencyCode: string;
};

export type Customer = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  /** The company the customer buys for, where the backend keeps one (`keepsCustomerCompany`). */
  companyName: string | null;
  addresses: Address[];
  defaultShippingAddressId: string | null;
  /** Sessions opened before this instant (epoch ms) are over; null when never set. */
  sessionsValidAfter: number | null;
  /** The profile photo, where one is stored (`storesProfilePhoto`) and its URL is the store's. */
  photo: Photo | null;
  /**
   * The language the customer last chose in the storefront (kept in their metadata), as
   * stored: whoever uses it checks it is one the store offers. Null when never chosen.
   */
  preferredLocale: string | null;
};

/**
 * A profile photo in the store's file storage. `fileId` is null when the file named in the
 * customer's metadata is not one the storefront made for this customer: it is then never
 * deleted.
 */
export type Photo = { url: string; fileId: string | null };

/** A photo ready to store: re-encoded by the storefront, nothing of the original left. */
export type PhotoFile = { bytes: Uint8Array<ArrayBuffer>; contentType: 'image/webp' };

/** A customer's own address: what an order's shipping address holds, and more. */
export type Address = OrderAddress & {
  id: string;
  province: string | null;
  phone: string | null;
  isDefaultShipping: boolean;
};

export type AddressInput = Omit<Address, 'id' | 'isDefaultShipping'>;

export type Country = { code: string; name: string };

export type OrderStatus =
  'pending' | 'completed' | 'canceled' | 'archived' | 'requires_action' | 'unknown';

/** Where the goods are, as both Medusa generations report it for a whole order. */
export type FulfillmentStatus =
  | 'not_fulfilled'
  | 'partially_fulfilled'
  | 'fulfilled'
  | 'partially_shipped'
  | 'shipped'
  | 'partially_delivered'
  | 'delivered'
  | 'partially_returned'
  | 'returned'
  | 'canceled'
  | 'requires_action'
  | 'unknown';

/** Where the money is. `authorized`: the payment is held, not yet taken. */
export type PaymentStatus =
  | 'not_paid'
  | 'awaiting'
  | 'authorized'
  | 'partially_authorized'
  | 'captured'
  | 'partially_captured'
  | 'partially_refunded'
  | 'refunded'
  | 'canceled'
  | 'requires_action'
  | 'unknown';

export type OrderSummary = {
  id: string;
  displayId: number;
  createdAt: string;
  status: OrderStatus;
  fulfillmentStatus: FulfillmentStatus;
  paymentStatus: PaymentStatus;
  /** Units across all lines. */
  itemCount: number;
  /** The first line, for the list's picture; null for an order with no lines. */
  firstItem: { productId: string | null; title: string; thumbnail: string | null } | null;
  /** Lines besides the first. */
  otherLineCount: number;
  /** What the order came to when it was placed (refunds are told apart on the order). */
  total: Money;
  /** Items the shopper asked to send back that the store has not received yet. */
  returnInProgress: boolean;
};

export type OrderLine = {
  id: string;
  /**
   * The product the line is of, where the backend says (Medusa v2), so that its title can be
   * shown in the shopper's language (`translatesProductTitles`); null where it does not.
   */
  productId: string | null;
  /** The product's title as the order keeps it (what it was called when the order was placed). */
  title: string;
  variantTitle: string | null;
  /** A picture on the store's own file storage, or null. */
  thumbnail: string | null;
  quantity: number;
  unitPrice: Money;
  total: Money;
  returns: LineReturns;
};

/**
 * Where a line's units stand on their way back. `returnable`: shipped, and neither asked back
 * nor received yet; what a new return may hold.
 */
export type LineReturns = { requested: number; received: number; returnable: number };

/** Why a shopper sends an item back, as the store lists its reasons. */
export type ReturnReason = { id: string; label: string };

/** A way to send items back, and what it costs the shopper. */
export type ReturnShippingOption = { id: string; name: string; price: Money };

/** What a return of this order may be made of, as the store offers it. */
export type ReturnChoices = { reasons: ReturnReason[]; shippingOptions: ReturnShippingOption[] };

/** A return as the shopper chose it: lines of their own order, with quantities. */
export type ReturnRequest = {
  orderId: string;
  items: { lineId: string; quantity: number; reasonId: string | null }[];
  shippingOptionId: string;
  note: string | null;
};

export type OrderAddress = {
  firstName: string;
  lastName: string;
  company: string | null;
  address1: string;
  address2: string | null;
  city: string;
  postalCode: string;
  countryCode: string;
};

/** A carrier's tracking number; `url` only when the carrier gave one (http or https). */
export type Tracking = { number: string; url: string | null };

/** One parcel: the lines it holds and how to follow it. */
export type Shipment = {
  id: string;
  /** `preparing`: packed, not yet handed to the carrier. */
  status: 'preparing' | 'shipped' | 'delivered';
  shippedAt: string | null;
  deliveredAt: string | null;
  items: { lineId: string; title: string; quantity: number }[];
  tracking: Tracking[];
};

export type Order = OrderSummary & {
  email: string;
  items: OrderLine[];
  subtotal: Money;
  shippingTotal: Money;
  taxTotal: Money;
  discountTotal: Money;
  refundedTotal: Money;
  shippingAddress: OrderAddress | null;
  /** Where the invoice goes, as given at checkout; null where none was. */
  billingAddress: OrderAddress | null;
  shippingMethods: { name: string; amount: Money }[];
  /** Codes used; the amount only where one code explains the whole discount. */
  discounts: { code: string; amount: Money | null }[];
  /** Parcels not cancelled, oldest first. */
  shipments: Shipment[];
};

export type Page<T> = {
  items: T[];
  /** Total number of items across all pages. */
  count: number;
  /** 1-based page number that `items` belong to. */
  page: number;
  pageSize: number;
  pageCount: number;
};

export type RegisterInput = {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  phone: string | null;
};

export type CustomerUpdate = {
  firstName: string;
  lastName: string;
  phone: string | null;
  /** Only where `keepsCustomerCompany`; left as it is when absent. */
  companyName?: string | null;
};

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
  addresses: Address[];
  defaultShippingAddressId: string | null;
  /** Sessions opened before this instant (epoch ms) are over; null when never set. */
  sessionsValidAfter: number | null;
};

export type Address = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  address1: string;
  address2: string | null;
  city: string;
  province: string | null;
  postalCode: string;
  countryCode: string;
  phone: string | null;
  isDefaultShipping: boolean;
};

export type AddressInput = Omit<Address, 'id' | 'isDefaultShipping'>;

export type Country = { code: string; name: string };

export type OrderStatus =
  'pending' | 'completed' | 'canceled' | 'archived' | 'requires_action' | 'unknown';

export type OrderSummary = {
  id: string;
  displayId: number;
  createdAt: string;
  status: OrderStatus;
  itemCount: number;
  total: Money;
};

export type OrderLine = {
  id: string;
  title: string;
  variantTitle: string | null;
  quantity: number;
  unitPrice: Money;
  total: Money;
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

export type Order = OrderSummary & {
  email: string;
  items: OrderLine[];
  subtotal: Money;
  shippingTotal: Money;
  taxTotal: Money;
  discountTotal: Money;
  shippingAddress: OrderAddress | null;
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
};

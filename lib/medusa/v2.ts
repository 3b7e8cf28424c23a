import 'server-only';

import Medusa, { FetchError } from '@medusajs/js-sdk';

import { BackendError, isBackendError, type BackendErrorKind, type StoreBackend } from './backend';
import { createCaller, DEFAULT_TIMEOUT_MS } from './call';
import { CAPABILITIES } from './capabilities';
import { fromMajorUnits } from './money';
import {
  errorKindForStatus,
  fromAddressInput,
  newestAddress,
  orderStatus,
  pageOf,
  SESSION_COOKIE,
  sessionFromSetCookie,
  sessionsValidAfter,
  sessionsValidAfterMetadata,
  toAddress,
  toOrderAddress,
  type RawAddress,
} from './store-shapes';
import type { Country, Customer, Order, OrderSummary } from './types';

// Medusa v2 through @medusajs/js-sdk. A sign-in's JWT is exchanged at once for Medusa's
// server-side session (`POST /auth/session`): the storefront cookie holds that session id,
// never a bare JWT (which would stay valid for 24 h after sign-out). The shared SDK instance
// stores no token; each call carries the customer's session as a Cookie header.

type RawV2Address = RawAddress & { is_default_shipping?: boolean };

type RawCustomer = {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  metadata?: Record<string, unknown> | null;
  addresses?: RawV2Address[];
};

type RawLineItem = {
  id: string;
  title: string;
  subtitle?: string | null;
  variant_title?: string | null;
  quantity: number;
  unit_price: number;
  total?: number | null;
};

type RawOrder = {
  id: string;
  display_id: number;
  created_at: string;
  status: string;
  email: string;
  currency_code: string;
  total?: number | null;
  item_subtotal?: number | null;
  shipping_total?: number | null;
  tax_total?: number | null;
  discount_total?: number | null;
  items?: RawLineItem[];
  shipping_address?: RawAddress | null;
};

type RawCountry = { iso_2: string; display_name: string | null; name: string | null };

const CUSTOMER_FIELDS = '*addresses,+metadata';
const ORDER_LIST_FIELDS = 'id,display_id,created_at,status,total,currency_code,items.quantity';
const ORDER_DETAIL_FIELDS =
  'id,display_id,email,status,created_at,currency_code,total,item_subtotal,shipping_total,tax_total,discount_total,' +
  'items.id,items.title,items.subtitle,items.variant_title,items.quantity,items.unit_price,items.total,*shipping_address';

function toCustomer(raw: RawCustomer): Customer {
  const addresses = (raw.addresses ?? [])
    .map((a) => toAddress(a, Boolean(a.is_default_shipping)))
    .sort((a, b) => Number(b.isDefaultShipping) - Number(a.isDefaultShipping));
  return {
    id: raw.id,
    email: raw.email,
    firstName: raw.first_name ?? '',
    lastName: raw.last_name ?? '',
    phone: raw.phone || null,
    addresses,
    defaultShippingAddressId: addresses.find((a) => a.isDefaultShipping)?.id ?? null,
    sessionsValidAfter: sessionsValidAfter(raw.metadata),
  };
}

function toOrderSummary(raw: RawOrder): OrderSummary {
  return {
    id: raw.id,
    displayId: raw.display_id,
    createdAt: new Date(raw.created_at).toISOString(),
    status: orderStatus(raw.status),
    itemCount: (raw.items ?? []).reduce((sum, item) => sum + Number(item.quantity), 0),
    total: fromMajorUnits(raw.total, raw.currency_code),
  };
}

function toOrder(raw: RawOrder): Order {
  const currency = raw.currency_code;
  const shipping = raw.shipping_address;
  return {
    ...toOrderSummary(raw),
    email: raw.email,
    items: (raw.items ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      variantTitle: item.variant_title ?? item.subtitle ?? null,
      quantity: Number(item.quantity),
      unitPrice: fromMajorUnits(item.unit_price, currency),
      total: fromMajorUnits(item.total ?? item.unit_price * item.quantity, currency),
    })),
    subtotal: fromMajorUnits(raw.item_subtotal, currency),
    shippingTotal: fromMajorUnits(raw.shipping_total, currency),
    taxTotal: fromMajorUnits(raw.tax_total, currency),
    discountTotal: fromMajorUnits(raw.discount_total, currency),
    shippingAddress: shipping ? toOrderAddress(shipping) : null,
  };
}

function toBackendError(
  operation: string,
  error: unknown,
  byStatus: Partial<Record<number, BackendErrorKind>> = {},
): BackendError {
  if (error instanceof BackendError) return error;
  const status = error instanceof FetchError ? error.status : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  if (status === undefined) {
    return new BackendError('unavailable', `v2 ${operation}: no response (${detail})`, {
      cause: error,
    });
  }
  const kind = errorKindForStatus(status, byStatus);
  return new BackendError(kind, `v2 ${operation}: HTTP ${status} ${detail}`, { cause: error });
}

export type V2Options = { baseUrl: string; publishableApiKey?: string; timeoutMs?: number };

export function createV2Backend({
  baseUrl,
  publishableApiKey,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: V2Options): StoreBackend {
  if (!publishableApiKey) {
    throw new Error('Medusa v2 needs a publishable API key: set MEDUSA_PUBLISHABLE_KEY');
  }
  const sdk = new Medusa({
    baseUrl,
    publishableKey: publishableApiKey,
    auth: { type: 'jwt', jwtTokenStorageMethod: 'nostore' },
  });
  const asCustomer = (session: string) => ({ cookie: `${SESSION_COOKIE}=${session}` });
  const call = createCaller('v2', timeoutMs, toBackendError);

  /** Email and password to a short-lived JWT (`POST /auth/customer/emailpass`). */
  async function authenticate(email: string, password: string): Promise<string> {
    const { token } = await call(
      'authenticate',
      () =>
        sdk.client.fetch<{ token: string }>('/auth/customer/emailpass', {
          method: 'POST',
          body: { email, password },
        }),
      { 401: 'invalid_credentials', 400: 'invalid_credentials' },
    );
    return token;
  }

  /** Trades a JWT for Medusa's server-side session, which sign-out can destroy. */
  async function openSession(token: string): Promise<string> {
    const response = await call('openSession', () =>
      sdk.client.fetch<Response>('/auth/session', {
        method: 'POST',
        // Anything but JSON makes the SDK hand back the raw response, with its Set-Cookie.
        headers: { authorization: `Bearer ${token}`, accept: 'text/plain' },
      }),
    );
    const session = sessionFromSetCookie(response.headers.getSetCookie());
    if (!session) throw new BackendError('unavailable', 'v2 openSession: no session cookie');
    return session;
  }

  async function retrieveRawCustomer(session: string): Promise<RawCustomer> {
    const { customer } = await call('retrieveCustomer', () =>
      sdk.store.customer.retrieve({ fields: CUSTOMER_FIELDS }, asCustomer(session)),
    );
    return customer as unknown as RawCustomer;
  }

  async function signIn(email: string, password: string) {
    const session = await openSession(await authenticate(email, password));
    return { session, customer: toCustomer(await retrieveRawCustomer(session)) };
  }

  return {
    name: 'medusa-v2',
    capabilities: CAPABILITIES.v2,

    async register(input) {
      let registrationToken: string;
      try {
        ({ token: registrationToken } = await call('register', () =>
          sdk.client.fetch<{ token: string }>('/auth/customer/emailpass/register', {
            method: 'POST',
            body: { email: input.email, password: input.password },
          }),
        ));
      } catch (error) {
        if (!isBackendError(error, 'unauthorized')) throw error;
        // The identity exists. If these are its credentials and no customer was ever made
        // for it (an interrupted sign-up), finish that sign-up; otherwise the email is taken.
        registrationToken = await authenticate(input.email, input.password).catch(() => {
          throw new BackendError('email_taken', `v2 register: identity ${input.email} exists`);
        });
      }
      await call(
        'register.customer',
        () =>
          sdk.client.fetch('/store/customers', {
            method: 'POST',
            headers: { authorization: `Bearer ${registrationToken}` },
            body: {
              email: input.email,
              first_name: input.firstName,
              last_name: input.lastName,
              ...(input.phone ? { phone: input.phone } : {}),
            },
          }),
        { 422: 'email_taken', 400: 'email_taken' },
      );
      return signIn(input.email, input.password);
    },

    logIn: signIn,

    async logOut(session) {
      await call('logOut', () =>
        sdk.client.fetch('/auth/session', { method: 'DELETE', headers: asCustomer(session) }),
      );
    },

    async requestPasswordReset(email) {
      await call('requestPasswordReset', () =>
        sdk.client.fetch('/auth/customer/emailpass/reset-password', {
          method: 'POST',
          body: { identifier: email },
          headers: { accept: 'text/plain' },
        }),
      );
    },

    async resetPassword({ token, password }) {
      await call(
        'resetPassword',
        () =>
          sdk.client.fetch('/auth/customer/emailpass/update', {
            method: 'POST',
            body: { password },
            headers: { authorization: `Bearer ${token}` },
          }),
        { 401: 'invalid_token', 400: 'invalid_token', 403: 'invalid_token', 404: 'invalid_token' },
      );
    },

    async retrieveCustomer(session) {
      return toCustomer(await retrieveRawCustomer(session));
    },

    async updateCustomer(session, update) {
      const { customer } = await call('updateCustomer', () =>
        sdk.store.customer.update(
          { first_name: update.firstName, last_name: update.lastName, phone: update.phone ?? '' },
          { fields: CUSTOMER_FIELDS },
          asCustomer(session),
        ),
      );
      return toCustomer(customer as unknown as RawCustomer);
    },

    async revokeSessionsBefore(session, instant) {
      // Medusa v2 merges metadata keys, so the storefront's other keys are kept.
      await call('revokeSessionsBefore', () =>
        sdk.store.customer.update(
          { metadata: sessionsValidAfterMetadata(instant) },
          { fields: 'id' },
          asCustomer(session),
        ),
      );
    },

    async changeEmail() {
      // `POST /store/customers/me` rejects `email` (capability canChangeEmail: false).
      throw new BackendError('invalid_input', 'v2 changeEmail: not supported by the store API');
    },

    async changePassword() {
      // Medusa v2 changes passwords only with a reset token (capability: the profile offers to
      // email a reset link instead).
      throw new BackendError('invalid_input', 'v2 changePassword: not supported by the store API');
    },

    async listAddresses(session) {
      return toCustomer(await retrieveRawCustomer(session)).addresses;
    },

    async createAddress(session, input) {
      const { customer } = await call('createAddress', () =>
        sdk.store.customer.createAddress(
          fromAddressInput(input),
          { fields: CUSTOMER_FIELDS },
          asCustomer(session),
        ),
      );
      const newest = newestAddress((customer as unknown as RawCustomer).addresses ?? []);
      if (!newest)
        throw new BackendError('unavailable', 'v2 createAddress: new address not returned');
      return toAddress(newest, Boolean(newest.is_default_shipping));
    },

    async updateAddress(session, id, input) {
      const { customer } = await call('updateAddress', () =>
        sdk.store.customer.updateAddress(
          id,
          fromAddressInput(input),
          { fields: CUSTOMER_FIELDS },
          asCustomer(session),
        ),
      );
      const updated = (customer as unknown as RawCustomer).addresses?.find((a) => a.id === id);
      if (!updated)
        throw new BackendError('not_found', `v2 updateAddress: ${id} missing after update`);
      return toAddress(updated, Boolean(updated.is_default_shipping));
    },

    async deleteAddress(session, id) {
      await call('deleteAddress', () => sdk.store.customer.deleteAddress(id, asCustomer(session)));
    },

    async setDefaultAddress(session, id) {
      await call('setDefaultAddress', () =>
        sdk.store.customer.updateAddress(
          id,
          { is_default_shipping: true },
          { fields: 'id' },
          asCustomer(session),
        ),
      );
    },

    async listOrders(session, { page, pageSize }) {
      const result = await call('listOrders', () =>
        sdk.store.order.list(
          {
            limit: pageSize,
            offset: (page - 1) * pageSize,
            order: '-created_at',
            fields: ORDER_LIST_FIELDS,
          } as never,
          asCustomer(session),
        ),
      );
      return pageOf((result.orders as unknown as RawOrder[]).map(toOrderSummary), result.count, {
        page,
        pageSize,
      });
    },

    async retrieveOrder(session, id) {
      // GET /store/orders/:id answers anyone who knows the id; listing the session's own
      // orders filtered by id keeps the lookup scoped to the signed-in customer.
      const result = await call('retrieveOrder', () =>
        sdk.store.order.list(
          { id, limit: 1, fields: ORDER_DETAIL_FIELDS } as never,
          asCustomer(session),
        ),
      );
      const [order] = result.orders as unknown as RawOrder[];
      if (!order || order.id !== id)
        throw new BackendError('not_found', `v2 order ${id} not the customer's`);
      return toOrder(order);
    },

    async listCountries() {
      const { regions } = await call('listCountries', () =>
        sdk.store.region.list({
          fields: 'id,countries.iso_2,countries.display_name,countries.name',
        } as never),
      );
      const byCode = new Map<string, Country>();
      for (const region of regions as unknown as { countries?: RawCountry[] }[]) {
        for (const c of region.countries ?? []) {
          const code = c.iso_2.toLowerCase();
          byCode.set(code, { code, name: c.display_name || c.name || code.toUpperCase() });
        }
      }
      return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}

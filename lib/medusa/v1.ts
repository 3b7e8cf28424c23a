import 'server-only';

import Medusa from '@medusajs/medusa-js';
import { z } from 'zod';

import { BackendError, isBackendError, type StoreBackend, type TwoStepSignIn } from './backend';
import {
  createCaller,
  DEFAULT_TIMEOUT_MS,
  storeFileCheck,
  type AdapterOptions,
  type Failure,
} from './call';
import { capabilitiesOf } from './capabilities';
import { fromMinorUnits } from './money';
import { createProfilePhotos, NO_PROFILE_PHOTOS, V1_ADMIN_UPLOADS } from './profile-photos';
import * as wire from './wire';
import type { Customer } from './types';

// Medusa v1 through @medusajs/medusa-js. The client keeps no cookies in Node, so the
// session travels with each call as a Cookie header; the shared client never holds a
// customer's identity.

const rawCustomerSchema = wire.rawCustomerBaseSchema.extend({
  shipping_addresses: z.array(wire.rawAddressSchema).optional(),
});
type RawCustomer = z.infer<typeof rawCustomerSchema>;
const customerBody = z.object({ customer: rawCustomerSchema });

// v1 sends the same order shape to the list and to one order's page; the list expands only
// the items (ORDER_LIST), one order's page its shipments, shipping and discounts too.
const rawOrderSchema = wire.rawOrderBaseSchema.extend({
  ...wire.rawOrderDetailFields,
  total: wire.rawMoney,
  subtotal: wire.rawMoney,
  refunded_total: wire.rawMoney,
  items: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string().nullish(),
        thumbnail: z.string().nullish(),
        quantity: z.number(),
        unit_price: z.number(),
        total: wire.rawMoney,
        variant: z.object({ title: z.string().nullish() }).nullish(),
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
});
type RawOrder = z.infer<typeof rawOrderSchema>;
const ordersBody = wire.rawListOf('orders', rawOrderSchema);

/** What the orders list shows, and no more. */
const ORDER_LIST = {
  expand: 'items',
  fields: 'id,display_id,created_at,status,fulfillment_status,payment_status,currency_code,total',
};
const ORDER_DETAIL_EXPAND =
  'items,items.variant,shipping_address,fulfillments,fulfillments.items,fulfillments.tracking_links,' +
  'shipping_methods,shipping_methods.shipping_option,discounts';

function toCustomer(raw: RawCustomer, isStoreFile: wire.StoreFileCheck): Customer {
  const addresses = raw.shipping_addresses ?? [];
  const stored = wire.metadataText(raw.metadata, wire.V1_DEFAULT_SHIPPING_KEY);
  // A deleted address can leave a stale id in metadata; only an existing address is default.
  return wire.toCustomer(
    raw,
    addresses.map((a) => wire.toAddress(a, a.id === stored)),
    isStoreFile,
  );
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
    refundedTotal: raw.refunded_total,
    shippingMethods: (raw.shipping_methods ?? []).map((method) => ({
      name: method.shipping_option?.name ?? 'Shipping',
      amount: method.price,
    })),
    discountCodes: (raw.discounts ?? []).map((discount) => discount.code),
    // v1 has no delivery state; its shipment records tracking numbers, and a URL only when a
    // fulfilment plugin gave one.
    shipments: (raw.fulfillments ?? []).map((f) => ({
      id: f.id,
      createdAt: f.created_at,
      shippedAt: f.shipped_at,
      canceledAt: f.canceled_at,
      items: (f.items ?? []).map((item) => ({ lineId: item.item_id, quantity: item.quantity })),
      tracking: (f.tracking_links ?? []).map((link) => ({
        number: link.tracking_number ?? '',
        url: link.url,
      })),
    })),
  };
}

type AxiosLikeError = {
  response?: { status?: number; data?: { type?: string; code?: string; message?: string } };
  code?: string;
  message?: string;
};

/** An axios rejection: a response's status and message, or the network error's code. */
function readFailure(error: unknown): Failure {
  const e = error as AxiosLikeError;
  const status = e.response?.status;
  const detail = e.response?.data?.message ?? e.code ?? e.message ?? String(error);
  return { status, detail };
}

function setCookieHeaders(value: string[] | string | undefined): string[] {
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** Medusa v1 has no second factor at sign-in: every two-step operation is refused. */
const NO_TWO_STEP: TwoStepSignIn = {
  isOn: async () => false,
  begin: refuseTwoStep,
  confirm: refuseTwoStep,
  turnOff: refuseTwoStep,
  renewRecoveryCodes: refuseTwoStep,
};

async function refuseTwoStep(): Promise<never> {
  throw new BackendError('invalid_input', 'v1: no two-step sign-in');
}

export function createV1Backend(options: AdapterOptions): StoreBackend {
  const { baseUrl, publishableApiKey, adminApiKey, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const medusa = new Medusa({ baseUrl, maxRetries: 0, publishableApiKey });
  const isStoreFile = storeFileCheck(options, 'v1');
  const orders = orderMapping(isStoreFile);
  const customerOf = (raw: RawCustomer) => toCustomer(raw, isStoreFile);
  // axios also gives up at the deadline, so a late request does not hold a socket.
  medusa.client['axiosClient'].defaults.timeout = timeoutMs;
  const call = createCaller('v1', timeoutMs, readFailure);
  const asCustomer = (session: string) => ({ Cookie: `${wire.MEDUSA_SESSION_COOKIE}=${session}` });

  async function retrieveRawCustomer(session: string): Promise<RawCustomer> {
    const body = await call('retrieveCustomer', () =>
      medusa.customers.retrieve(asCustomer(session)),
    );
    return wire.parseResponse(customerBody, body, 'v1 retrieveCustomer').customer;
  }

  /** Checks a password with the stateless token endpoint, which opens no extra session. */
  async function verifyPassword(operation: string, email: string, password: string) {
    await call(operation, () => medusa.auth.getToken({ email, password }), {
      401: 'invalid_credentials',
      400: 'invalid_credentials',
    });
  }

  async function requireOwnAddress(session: string, id: string): Promise<RawCustomer> {
    const customer = await retrieveRawCustomer(session);
    if (!(customer.shipping_addresses ?? []).some((a) => a.id === id)) {
      // v1 answers 400 on update and a silent 200 on delete for another customer's id.
      throw new BackendError('not_found', `v1 address ${id} is not the customer's`);
    }
    return customer;
  }

  const photos = adminApiKey
    ? createProfilePhotos({
        label: 'v1',
        baseUrl,
        timeoutMs,
        api: V1_ADMIN_UPLOADS(adminApiKey),
        isStoreFile,
        // Medusa v1 merges metadata keys and deletes a key set to the empty string.
        writeMetadata: async (session, metadata) => {
          const cleared = Object.fromEntries(
            Object.entries(metadata).map(([key, value]) => [key, value ?? '']),
          );
          const body = await call('writePhotoMetadata', () =>
            medusa.customers.update({ metadata: cleared }, asCustomer(session)),
          );
          return customerOf(
            wire.parseResponse(customerBody, body, 'v1 writePhotoMetadata').customer,
          );
        },
      })
    : NO_PROFILE_PHOTOS;

  return {
    name: 'medusa-v1',
    capabilities: capabilitiesOf('v1', { hasAdminApiKey: Boolean(adminApiKey) }),

    setProfilePhoto: photos.set,
    removeProfilePhoto: photos.remove,

    async register(input) {
      const result = await call(
        'register',
        () =>
          medusa.customers.create({
            email: input.email,
            password: input.password,
            first_name: input.firstName,
            last_name: input.lastName,
            ...(input.phone ? { phone: input.phone } : {}),
          }),
        { 422: 'email_taken' },
      );
      const session = wire.sessionFromSetCookie(
        setCookieHeaders(result.response.headers['set-cookie']),
      );
      if (!session) throw new BackendError('unavailable', 'v1 register: no session cookie');
      const { customer } = wire.parseResponse(customerBody, result, 'v1 register');
      return { session, customer: customerOf(customer) };
    },

    async logIn(email, password) {
      const result = await call('logIn', () => medusa.auth.authenticate({ email, password }), {
        401: 'invalid_credentials',
        400: 'invalid_credentials',
      });
      const session = wire.sessionFromSetCookie(
        setCookieHeaders(result.response.headers['set-cookie']),
      );
      if (!session) throw new BackendError('unavailable', 'v1 logIn: no session cookie');
      const { customer } = wire.parseResponse(customerBody, result, 'v1 logIn');
      return { status: 'signed-in', session, customer: customerOf(customer) };
    },

    async completeSignIn() {
      // Medusa v1 has no second factor (capability offersTwoStepSignIn: false).
      throw new BackendError('invalid_input', 'v1 completeSignIn: no two-step sign-in');
    },

    twoStep: NO_TWO_STEP,

    async logOut(session) {
      await call('logOut', () => medusa.auth.deleteSession(asCustomer(session)));
    },

    async requestPasswordReset(email) {
      await call('requestPasswordReset', () => medusa.customers.generatePasswordToken({ email }));
    },

    async resetPassword({ email, token, password }) {
      try {
        await call(
          'resetPassword',
          () => medusa.customers.resetPassword({ email, token, password }),
          { 401: 'invalid_token', 404: 'invalid_token', 400: 'invalid_token' },
        );
      } catch (error) {
        // v1 answers an expired, reused or forged token with a bare 500, as it answers a
        // failing database. Ask the store something that needs the database: if that works,
        // the 500 was about the token; if not, the store is down and the link may be fine.
        if (!isBackendError(error, 'unavailable') || error.status !== 500) throw error;
        const storeAnswers = await call('resetPassword.probe', () => medusa.regions.list()).then(
          () => true,
          () => false,
        );
        if (!storeAnswers) throw error;
        throw new BackendError('invalid_token', `v1 resetPassword: 500 while the store answers`, {
          cause: error,
        });
      }
    },

    async retrieveCustomer(session) {
      return customerOf(await retrieveRawCustomer(session));
    },

    async updateCustomer(session, update) {
      const body = await call('updateCustomer', () =>
        medusa.customers.update(
          {
            first_name: update.firstName,
            last_name: update.lastName,
            phone: update.phone ?? '',
          },
          asCustomer(session),
        ),
      );
      return customerOf(wire.parseResponse(customerBody, body, 'v1 updateCustomer').customer);
    },

    async changeEmail(session, { currentEmail, currentPassword, newEmail }) {
      // The v1 store API changes the email with the session alone; verify the password first.
      await verifyPassword('changeEmail.verify', currentEmail, currentPassword);
      const body = await call(
        'changeEmail',
        () => medusa.customers.update({ email: newEmail }, asCustomer(session)),
        { 422: 'email_taken' },
      );
      return customerOf(wire.parseResponse(customerBody, body, 'v1 changeEmail').customer);
    },

    async revokeSessionsBefore(session, instant) {
      await call('revokeSessionsBefore', () =>
        medusa.customers.update(
          { metadata: wire.sessionsValidAfterMetadata(instant) },
          asCustomer(session),
        ),
      );
    },

    async changePassword(session, { email, currentPassword, newPassword }) {
      // The v1 store API changes a password without asking for the current one.
      await verifyPassword('changePassword.verify', email, currentPassword);
      await call('changePassword', () =>
        medusa.customers.update({ password: newPassword }, asCustomer(session)),
      );
    },

    async listAddresses(session) {
      return customerOf(await retrieveRawCustomer(session)).addresses;
    },

    async createAddress(session, input) {
      const body = await call('createAddress', () =>
        medusa.customers.addresses.addAddress(
          { address: wire.fromAddressInput(input) },
          asCustomer(session),
        ),
      );
      const { customer } = wire.parseResponse(customerBody, body, 'v1 createAddress');
      const created = wire.newestAddress(customer.shipping_addresses ?? []);
      if (!created)
        throw new BackendError('unavailable', 'v1 createAddress: new address not returned');
      // A new address is never the default until the customer makes it so.
      return wire.toAddress(created, false);
    },

    async updateAddress(session, id, input) {
      await requireOwnAddress(session, id);
      const body = await call(
        'updateAddress',
        () =>
          medusa.customers.addresses.updateAddress(
            id,
            wire.fromAddressInput(input),
            asCustomer(session),
          ),
        { 400: 'not_found' },
      );
      const { customer } = wire.parseResponse(customerBody, body, 'v1 updateAddress');
      return wire.requireById(customerOf(customer).addresses, id, 'v1 updateAddress');
    },

    async deleteAddress(session, id) {
      await requireOwnAddress(session, id);
      await call('deleteAddress', () =>
        medusa.customers.addresses.deleteAddress(id, asCustomer(session)),
      );
    },

    async setDefaultAddress(session, id) {
      await requireOwnAddress(session, id);
      await call('setDefaultAddress', () =>
        medusa.customers.update(
          { metadata: { [wire.V1_DEFAULT_SHIPPING_KEY]: id } },
          asCustomer(session),
        ),
      );
    },

    async listOrders(session, { page, pageSize }) {
      const result = await call('listOrders', () =>
        medusa.customers.listOrders(
          { limit: pageSize, offset: (page - 1) * pageSize, ...ORDER_LIST },
          asCustomer(session),
        ),
      );
      const body = wire.parseResponse(ordersBody, result, 'v1 listOrders');
      return wire.toOrderSummaryPage(body, { page, pageSize }, (order) => order.total, orders);
    },

    async retrieveOrder(session, id) {
      // GET /store/orders/:id is public in v1; listing the customer's own orders filtered by
      // id keeps the lookup scoped to the session.
      const result = await call('retrieveOrder', () =>
        medusa.customers.listOrders(
          { id, limit: 1, offset: 0, expand: ORDER_DETAIL_EXPAND },
          asCustomer(session),
        ),
      );
      const raw = wire.requireById(
        wire.parseResponse(ordersBody, result, 'v1 retrieveOrder').orders,
        id,
        'v1 retrieveOrder',
      );
      return wire.toOrder(raw, detailParts(raw), orders);
    },

    async listCountries() {
      const body = await call('listCountries', () => medusa.regions.list());
      return wire.countriesOf(body, 'v1 listCountries');
    },
  };
}

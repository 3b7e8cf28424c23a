import 'server-only';

import Medusa, { FetchError } from '@medusajs/js-sdk';
import { z } from 'zod';

import {
  BackendError,
  isBackendError,
  type Reconfirmation,
  type SecondStepProof,
  type SignedIn,
  type SignInResult,
  type StoreBackend,
  type TwoStepSignIn,
} from './backend';
import {
  createCaller,
  DEFAULT_TIMEOUT_MS,
  storeFileCheck,
  type AdapterOptions,
  type ByStatus,
  type Failure,
} from './call';
import { capabilitiesOf } from './capabilities';
import { fromMajorUnits } from './money';
import { createProfilePhotos, NO_PROFILE_PHOTOS, V2_ADMIN_UPLOADS } from './profile-photos';
import * as wire from './wire';
import type { Customer } from './types';

// Medusa v2 through @medusajs/js-sdk. A sign-in's JWT is exchanged at once for Medusa's
// server-side session (`POST /auth/session`): the storefront cookie holds that session id,
// never a bare JWT (which would stay valid for 24 h after sign-out). The shared SDK instance
// stores no token; each call carries the customer's session as a Cookie header.

const rawV2AddressSchema = wire.rawAddressSchema.extend({
  is_default_shipping: z.boolean().nullish(),
});

const rawCustomerSchema = wire.rawCustomerBaseSchema.extend({
  addresses: z.array(rawV2AddressSchema).optional(),
});
type RawCustomer = z.infer<typeof rawCustomerSchema>;
const customerBody = z.object({ customer: rawCustomerSchema });

/** A JWT from the auth routes. */
const tokenBody = z.object({ token: z.string().min(1) });

/**
 * What `POST /auth/customer/emailpass` answers: a token that is the customer's, or (two-step
 * sign-in on) a first-step token with the challenge the second step must complete.
 */
const authenticateBody = z.union([
  z.object({
    mfa_required: z.literal(true),
    token: z.string().min(1),
    mfa_challenge: z.object({ id: z.string().min(1), expires_at: z.string() }),
  }),
  tokenBody,
]);
type Authenticated = z.infer<typeof authenticateBody>;

const mfaFactorsBody = z.object({
  mfa_factors: z.array(z.object({ id: z.string(), provider: z.string(), status: z.string() })),
});
const enrolmentBody = z.object({
  mfa_factor: z.object({ id: z.string() }),
  secret: z.string().min(16),
  otpauth_url: z.string().startsWith('otpauth://'),
});
const recoveryCodesBody = z.object({ recovery_codes: z.array(z.string().min(1)).min(1) });

/**
 * Medusa answers a wrong second-step code and a challenge that can no longer be completed
 * with the same status (400, not allowed); only its wording tells them apart. A challenge it
 * no longer knows is 404, a first-step token that ran out 401.
 */
function secondStepFailure(error: unknown): unknown {
  if (!isBackendError(error) || error.status === undefined) return error;
  const spent = /expired|too many|already been completed/i.test(error.message);
  if (error.status === 404 || error.status === 401 || (error.status === 400 && spent))
    return new BackendError('challenge_expired', error.message, {
      cause: error,
      status: error.status,
    });
  if (error.status === 400)
    return new BackendError('invalid_code', error.message, { cause: error, status: error.status });
  return error;
}

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
      z.object({
        id: z.string(),
        title: z.string(),
        subtitle: z.string().nullish(),
        variant_title: z.string().nullish(),
        thumbnail: z.string().nullish(),
        quantity,
        unit_price: z.number(),
        total: wire.rawMoney,
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

const addressPath = (id: string) => `/store/customers/me/addresses/${encodeURIComponent(id)}`;
const CUSTOMER_FIELDS = '*addresses,+metadata';
// Medusa v2 adds every line item to an order list whatever is asked; `summary` is the
// cheaper way to the totals.
const ORDER_LIST_FIELDS =
  'id,display_id,created_at,status,fulfillment_status,payment_status,currency_code,' +
  'summary,items.title,items.thumbnail,items.quantity';
const ORDER_DETAIL_FIELDS =
  'id,display_id,email,status,fulfillment_status,payment_status,created_at,currency_code,summary,' +
  'item_subtotal,shipping_total,tax_total,discount_total,' +
  'items.id,items.title,items.subtitle,items.variant_title,items.thumbnail,items.quantity,items.unit_price,items.total,' +
  '*shipping_address,*shipping_methods,promotions.code,*fulfillments,*fulfillments.items,*fulfillments.labels';

function toCustomer(raw: RawCustomer, isStoreFile: wire.StoreFileCheck): Customer {
  return wire.toCustomer(
    raw,
    (raw.addresses ?? []).map((a) => wire.toAddress(a, Boolean(a.is_default_shipping))),
    isStoreFile,
  );
}

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
    shipments: (raw.fulfillments ?? []).map((f) => ({
      id: f.id,
      createdAt: f.created_at,
      shippedAt: f.shipped_at,
      deliveredAt: f.delivered_at,
      canceledAt: f.canceled_at,
      items: (f.items ?? []).map((item) => ({
        lineId: item.line_item_id,
        quantity: item.quantity,
      })),
      tracking: (f.labels ?? []).map((label) => ({
        number: label.tracking_number ?? '',
        url: label.tracking_url,
      })),
    })),
  };
}

/** A js-sdk rejection: `FetchError` carries the status; anything else got no answer. */
function readFailure(error: unknown): Failure {
  const status = error instanceof FetchError ? error.status : undefined;
  return { status, detail: error instanceof Error ? error.message : String(error) };
}

export function createV2Backend(options: AdapterOptions): StoreBackend {
  const { baseUrl, publishableApiKey, adminApiKey, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const isStoreFile = storeFileCheck(options, 'v2');
  const orders = orderMapping(isStoreFile);
  const customerOf = (raw: RawCustomer) => toCustomer(raw, isStoreFile);
  if (!publishableApiKey) {
    throw new Error(
      'Medusa v2 needs a publishable API key: set MEDUSA_PUBLISHABLE_KEY or MEDUSA_PUBLISHABLE_KEY_FILE',
    );
  }
  const sdk = new Medusa({
    baseUrl,
    publishableKey: publishableApiKey,
    auth: { type: 'jwt', jwtTokenStorageMethod: 'nostore' },
  });
  const asCustomer = (session: string) => ({ cookie: `${wire.MEDUSA_SESSION_COOKIE}=${session}` });
  const call = createCaller('v2', timeoutMs, readFailure);

  /** One store or auth route, with the call's deadline as its abort signal. */
  function request(
    operation: string,
    path: string,
    init: {
      method?: 'GET' | 'POST' | 'DELETE';
      query?: Record<string, unknown>;
      body?: Record<string, unknown>;
      headers?: Record<string, string>;
    },
    byStatus?: ByStatus,
  ): Promise<unknown> {
    return call(
      operation,
      (signal) => sdk.client.fetch<unknown>(path, { ...init, signal }),
      byStatus,
    );
  }

  /**
   * Email and password to a short-lived JWT (`POST /auth/customer/emailpass`), or to the
   * second step when the customer has two-step sign-in on.
   */
  async function authenticate(email: string, password: string): Promise<Authenticated> {
    const body = await request(
      'authenticate',
      '/auth/customer/emailpass',
      { method: 'POST', body: { email, password } },
      { 401: 'invalid_credentials', 400: 'invalid_credentials' },
    );
    return wire.parseResponse(authenticateBody, body, 'v2 authenticate');
  }

  /** The customer's token, where no second step stands in the way (sign-up, say). */
  async function authenticateFully(email: string, password: string): Promise<string> {
    const answer = await authenticate(email, password);
    if ('mfa_required' in answer)
      throw new BackendError('invalid_input', 'v2 authenticate: a second step is required');
    return answer.token;
  }

  /** The second step of a sign-in: the customer's token for a right code. */
  async function verifyChallenge(
    operation: string,
    pending: { challengeId: string; token: string },
    proof: SecondStepProof,
  ): Promise<string> {
    try {
      const body = await request(
        operation,
        `/auth/mfa/challenges/${encodeURIComponent(pending.challengeId)}/verify`,
        {
          method: 'POST',
          body: { method: proof.method, code: proof.code },
          headers: { authorization: `Bearer ${pending.token}` },
        },
      );
      return wire.parseResponse(tokenBody, body, `v2 ${operation}`).token;
    } catch (error) {
      throw secondStepFailure(error);
    }
  }

  /** The password again, then the code through a challenge of its own (Medusa checks both). */
  async function reconfirm(operation: string, input: Reconfirmation): Promise<void> {
    const answer = await authenticate(input.email, input.password);
    if (!('mfa_required' in answer))
      throw new BackendError('invalid_input', `v2 ${operation}: two-step sign-in is not on`);
    await verifyChallenge(
      operation,
      { challengeId: answer.mfa_challenge.id, token: answer.token },
      input.proof,
    );
  }

  async function listFactors(session: string) {
    const body = await request('listMfaFactors', '/auth/mfa/factors', {
      headers: asCustomer(session),
    });
    return wire
      .parseResponse(mfaFactorsBody, body, 'v2 listMfaFactors')
      .mfa_factors.filter((factor) => factor.provider === 'totp');
  }

  async function enabledFactor(session: string) {
    const factor = (await listFactors(session)).find((f) => f.status === 'enabled');
    if (!factor) throw new BackendError('not_found', 'v2: no enabled authenticator');
    return factor;
  }

  async function newRecoveryCodes(session: string): Promise<string[]> {
    const body = await request('recoveryCodes', '/auth/mfa/recovery-codes', {
      method: 'POST',
      body: {},
      headers: asCustomer(session),
    });
    return wire.parseResponse(recoveryCodesBody, body, 'v2 recoveryCodes').recovery_codes;
  }

  const twoStep: TwoStepSignIn = {
    async isOn(session) {
      return (await listFactors(session)).some((factor) => factor.status === 'enabled');
    },

    async begin(session, { email, password }) {
      await authenticateFully(email, password);
      // Medusa allows one pending or enabled authenticator: a set-up the shopper left
      // unfinished is removed (a pending one needs no code) before a new one starts.
      for (const factor of await listFactors(session)) {
        if (factor.status === 'pending') {
          await request('discardMfaFactor', `/auth/mfa/factors/${encodeURIComponent(factor.id)}`, {
            method: 'DELETE',
            body: {},
            headers: asCustomer(session),
          });
        }
      }
      const body = await request('enrolMfaFactor', '/auth/mfa/factors', {
        method: 'POST',
        body: { provider: 'totp', label: email },
        headers: asCustomer(session),
      });
      const enrolment = wire.parseResponse(enrolmentBody, body, 'v2 enrolMfaFactor');
      return {
        factorId: enrolment.mfa_factor.id,
        secret: enrolment.secret,
        otpauthUrl: enrolment.otpauth_url,
      };
    },

    async confirm(session, factorId, code) {
      try {
        await request(
          'verifyMfaFactor',
          `/auth/mfa/factors/${encodeURIComponent(factorId)}/verify`,
          {
            method: 'POST',
            body: { code },
            headers: asCustomer(session),
          },
        );
      } catch (error) {
        // A set-up that is gone (404) or was replaced in another tab (Medusa then refuses the
        // disabled factor) cannot be finished: start again.
        if (
          isBackendError(error, 'not_found') ||
          (isBackendError(error, 'invalid_input') && /disabled/i.test(error.message))
        )
          throw new BackendError('challenge_expired', error.message, { cause: error });
        throw isBackendError(error, 'invalid_input')
          ? new BackendError('invalid_code', error.message, { cause: error })
          : error;
      }
      return newRecoveryCodes(session);
    },

    async turnOff(session, input) {
      // The password, then the code through a challenge of the storefront's own: checked here
      // whatever the store's `disable_policy` (under Medusa's default, "session", any code
      // would do for the removal itself).
      const answer = await authenticate(input.email, input.password);
      if (!('mfa_required' in answer)) return;
      await verifyChallenge(
        'turnOffTwoStep',
        { challengeId: answer.mfa_challenge.id, token: answer.token },
        input.proof,
      );
      const factor = await enabledFactor(session);
      // Under `disable_policy: "challenge"` Medusa checks a code again as it removes the factor.
      // An authenticator code is still good within its window; a recovery code was used up by
      // the check above, so the removal carries a fresh one, which ends with the factor.
      const proof =
        input.proof.method === 'recovery_code'
          ? { method: input.proof.method, code: (await newRecoveryCodes(session))[0]! }
          : input.proof;
      try {
        await request('disableMfaFactor', `/auth/mfa/factors/${encodeURIComponent(factor.id)}`, {
          method: 'DELETE',
          body: { method: proof.method, code: proof.code },
          headers: asCustomer(session),
        });
      } catch (error) {
        throw isBackendError(error, 'invalid_input')
          ? new BackendError('invalid_code', error.message, { cause: error })
          : error;
      }
    },

    async renewRecoveryCodes(session, input) {
      // Medusa hands out new codes to any session; the storefront asks for the password and a
      // code first, through a challenge of their own.
      await reconfirm('renewRecoveryCodes', input);
      return newRecoveryCodes(session);
    },
  };

  /** Trades a JWT for Medusa's server-side session, which sign-out can destroy. */
  async function openSession(token: string): Promise<string> {
    const response = await call('openSession', (signal) =>
      sdk.client.fetch<Response>('/auth/session', {
        method: 'POST',
        signal,
        // Anything but JSON makes the SDK hand back the raw response, with its Set-Cookie.
        headers: { authorization: `Bearer ${token}`, accept: 'text/plain' },
      }),
    );
    const session = wire.sessionFromSetCookie(response.headers.getSetCookie());
    if (!session) throw new BackendError('unavailable', 'v2 openSession: no session cookie');
    return session;
  }

  async function retrieveRawCustomer(session: string): Promise<RawCustomer> {
    const body = await request('retrieveCustomer', '/store/customers/me', {
      query: { fields: CUSTOMER_FIELDS },
      headers: asCustomer(session),
    });
    return wire.parseResponse(customerBody, body, 'v2 retrieveCustomer').customer;
  }

  async function sessionFor(token: string): Promise<SignedIn> {
    const session = await openSession(token);
    return { session, customer: customerOf(await retrieveRawCustomer(session)) };
  }

  async function signIn(email: string, password: string): Promise<SignInResult> {
    const answer = await authenticate(email, password);
    if ('mfa_required' in answer) {
      return {
        status: 'second-step',
        pending: {
          challengeId: answer.mfa_challenge.id,
          token: answer.token,
          expiresAt: Date.parse(answer.mfa_challenge.expires_at),
        },
      };
    }
    return { status: 'signed-in', ...(await sessionFor(answer.token)) };
  }

  const photos = adminApiKey
    ? createProfilePhotos({
        label: 'v2',
        baseUrl,
        timeoutMs,
        api: V2_ADMIN_UPLOADS(adminApiKey),
        isStoreFile,
        // Medusa v2 merges metadata keys and clears a key set to null.
        writeMetadata: async (session, metadata) => {
          const body = await request('writePhotoMetadata', '/store/customers/me', {
            method: 'POST',
            body: { metadata },
            query: { fields: CUSTOMER_FIELDS },
            headers: asCustomer(session),
          });
          return customerOf(
            wire.parseResponse(customerBody, body, 'v2 writePhotoMetadata').customer,
          );
        },
      })
    : NO_PROFILE_PHOTOS;

  return {
    name: 'medusa-v2',
    capabilities: capabilitiesOf('v2', { hasAdminApiKey: Boolean(adminApiKey) }),

    async register(input) {
      let registrationToken: string;
      try {
        const body = await request('register', '/auth/customer/emailpass/register', {
          method: 'POST',
          body: { email: input.email, password: input.password },
        });
        registrationToken = wire.parseResponse(tokenBody, body, 'v2 register').token;
      } catch (error) {
        if (!isBackendError(error, 'unauthorized')) throw error;
        // The identity exists. If these are its credentials and no customer was ever made
        // for it (an interrupted sign-up), finish that sign-up; otherwise the email is taken.
        registrationToken = await authenticateFully(input.email, input.password).catch(() => {
          throw new BackendError('email_taken', `v2 register: identity ${input.email} exists`);
        });
      }
      await request(
        'register.customer',
        '/store/customers',
        {
          method: 'POST',
          headers: { authorization: `Bearer ${registrationToken}` },
          body: {
            email: input.email,
            first_name: input.firstName,
            last_name: input.lastName,
            ...(input.phone ? { phone: input.phone } : {}),
          },
        },
        { 422: 'email_taken', 400: 'email_taken' },
      );
      // A new customer has no second step yet.
      return sessionFor(await authenticateFully(input.email, input.password));
    },

    logIn: signIn,

    async completeSignIn(pending, proof) {
      return sessionFor(await verifyChallenge('completeSignIn', pending, proof));
    },

    twoStep,

    async logOut(session) {
      await request('logOut', '/auth/session', { method: 'DELETE', headers: asCustomer(session) });
    },

    async requestPasswordReset(email) {
      await request('requestPasswordReset', '/auth/customer/emailpass/reset-password', {
        method: 'POST',
        body: { identifier: email },
        headers: { accept: 'text/plain' },
      });
    },

    async resetPassword({ token, password }) {
      await request(
        'resetPassword',
        '/auth/customer/emailpass/update',
        { method: 'POST', body: { password }, headers: { authorization: `Bearer ${token}` } },
        { 401: 'invalid_token', 400: 'invalid_token', 403: 'invalid_token', 404: 'invalid_token' },
      );
    },

    async retrieveCustomer(session) {
      return customerOf(await retrieveRawCustomer(session));
    },

    async updateCustomer(session, update) {
      const body = await request('updateCustomer', '/store/customers/me', {
        method: 'POST',
        body: {
          first_name: update.firstName,
          last_name: update.lastName,
          phone: update.phone ?? '',
          ...(update.companyName === undefined ? {} : { company_name: update.companyName ?? '' }),
        },
        query: { fields: CUSTOMER_FIELDS },
        headers: asCustomer(session),
      });
      return customerOf(wire.parseResponse(customerBody, body, 'v2 updateCustomer').customer);
    },

    setProfilePhoto: photos.set,
    removeProfilePhoto: photos.remove,

    async revokeSessionsBefore(session, instant) {
      // Medusa v2 merges metadata keys, so the storefront's other keys are kept.
      await request('revokeSessionsBefore', '/store/customers/me', {
        method: 'POST',
        body: { metadata: wire.sessionsValidAfterMetadata(instant) },
        query: { fields: 'id' },
        headers: asCustomer(session),
      });
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
      return customerOf(await retrieveRawCustomer(session)).addresses;
    },

    async createAddress(session, input) {
      const body = await request('createAddress', '/store/customers/me/addresses', {
        method: 'POST',
        body: wire.fromAddressInput(input),
        query: { fields: CUSTOMER_FIELDS },
        headers: asCustomer(session),
      });
      const { customer } = wire.parseResponse(customerBody, body, 'v2 createAddress');
      const newest = wire.newestAddress(customer.addresses ?? []);
      if (!newest)
        throw new BackendError('unavailable', 'v2 createAddress: new address not returned');
      return wire.toAddress(newest, Boolean(newest.is_default_shipping));
    },

    async updateAddress(session, id, input) {
      const body = await request('updateAddress', addressPath(id), {
        method: 'POST',
        body: wire.fromAddressInput(input),
        query: { fields: CUSTOMER_FIELDS },
        headers: asCustomer(session),
      });
      const { customer } = wire.parseResponse(customerBody, body, 'v2 updateAddress');
      const updated = wire.requireById(customer.addresses, id, 'v2 updateAddress');
      return wire.toAddress(updated, Boolean(updated.is_default_shipping));
    },

    async deleteAddress(session, id) {
      await request('deleteAddress', addressPath(id), {
        method: 'DELETE',
        headers: asCustomer(session),
      });
    },

    async setDefaultAddress(session, id) {
      await request('setDefaultAddress', addressPath(id), {
        method: 'POST',
        body: { is_default_shipping: true },
        query: { fields: 'id' },
        headers: asCustomer(session),
      });
    },

    async listOrders(session, { page, pageSize }) {
      const result = await request('listOrders', '/store/orders', {
        query: {
          limit: pageSize,
          offset: (page - 1) * pageSize,
          order: '-created_at',
          fields: ORDER_LIST_FIELDS,
        },
        headers: asCustomer(session),
      });
      const body = wire.parseResponse(orderSummariesBody, result, 'v2 listOrders');
      return wire.toOrderSummaryPage(
        body,
        { page, pageSize },
        (order) => order.summary?.original_order_total,
        orders,
      );
    },

    async retrieveOrder(session, id) {
      // GET /store/orders/:id answers anyone who knows the id; listing the session's own
      // orders filtered by id keeps the lookup scoped to the signed-in customer.
      const result = await request('retrieveOrder', '/store/orders', {
        query: { id, limit: 1, fields: ORDER_DETAIL_FIELDS },
        headers: asCustomer(session),
      });
      const raw = wire.requireById(
        wire.parseResponse(ordersBody, result, 'v2 retrieveOrder').orders,
        id,
        'v2 retrieveOrder',
      );
      return wire.toOrder(raw, detailParts(raw), orders);
    },

    async listCountries() {
      const body = await request('listCountries', '/store/regions', {
        query: { fields: 'id,countries.iso_2,countries.display_name,countries.name' },
      });
      return wire.countriesOf(body, 'v2 listCountries');
    },
  };
}

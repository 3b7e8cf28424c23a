import { V1_DEFAULT_SHIPPING_KEY } from '../../lib/medusa/wire/metadata';
import { PHOTO_FILE_KEY, PHOTO_URL_KEY } from '../../lib/medusa/wire/photo';
import type { Customer } from '../../lib/store/types';
import { MEDUSA_SESSION_COOKIE } from '../../lib/medusa/wire/responses';
import { jsonOf, StoreClient } from '../../tools/lib/store-client';
import { orderMaterials, placeOrder, type StoreShopper } from '../../tools/lib/store-orders';
import { totpCode } from '../../tools/lib/totp';

import type { BackendInfo } from './backends';

// Test fixtures talk to Medusa over its own HTTP API, independently of the storefront's
// adapters, to set up data and to check what the backend really stored. The requests go
// through the tools' StoreClient (tools/lib/store-client.ts); this class knows each Medusa
// version's routes and shapes, and answers in the tests' terms.

/** A customer as Medusa stored them, in the storefront's names (`companyName`: v2 only). */
export type ApiCustomer = Pick<
  Customer,
  'id' | 'email' | 'firstName' | 'lastName' | 'phone' | 'companyName'
> & {
  /** The profile photo's URL and file as the customer's metadata names them. */
  photoUrl: string | null;
  photoFile: string | null;
};
export type ApiAddress = {
  id: string;
  firstName: string;
  address1: string;
  city: string;
  postalCode: string;
  countryCode: string;
  isDefaultShipping: boolean;
};
export type ApiOrder = { id: string; displayId: number; createdAt: string };
/** An address an order was sent or billed to, as Medusa stored it. */
export type ApiOrderAddress = {
  company: string | null;
  address1: string;
  city: string;
  postalCode: string;
  countryCode: string;
};
export type ApiOrderTracking = {
  fulfillmentStatus: string;
  paymentStatus: string;
  tracking: { number: string; url: string | null }[];
};

type Json = Record<string, unknown>;

const bearer = (token: unknown) => ({ authorization: `Bearer ${String(token)}` });

export class StoreApi {
  /** Every request goes through the tools' store client: one place that builds them. */
  private readonly client: StoreClient;

  constructor(private readonly backend: BackendInfo) {
    this.client = new StoreClient(backend.url, {}, backend.publishableKey);
  }

  /** Creates a customer and returns a signed-in backend session for them. */
  async register(input: {
    email: string;
    password: string;
    firstName: string;
    lastName: string;
  }): Promise<string> {
    if (this.backend.version === 'v1') {
      return this.client.signUp('/store/customers', {
        email: input.email,
        password: input.password,
        first_name: input.firstName,
        last_name: input.lastName,
      });
    }
    const identity = await this.client.post<Json>('/auth/customer/emailpass/register', {
      email: input.email,
      password: input.password,
    });
    await this.client.post(
      '/store/customers',
      { email: input.email, first_name: input.firstName, last_name: input.lastName },
      undefined,
      bearer(identity.token),
    );
    return this.logIn(input.email, input.password);
  }

  async logIn(email: string, password: string): Promise<string> {
    if (this.backend.version === 'v1')
      return this.client.signUp('/store/auth', { email, password });
    const token = await this.client.post<Json>('/auth/customer/emailpass', { email, password });
    return this.client.signUp('/auth/session', undefined, bearer(token.token));
  }

  /**
   * Turns two-step sign-in on for a customer as an authenticator app would (Medusa v2): its
   * secret, and the recovery codes Medusa issued.
   */
  async enableTwoStep(
    session: string,
    email: string,
  ): Promise<{ secret: string; codes: string[] }> {
    const enrolment = await this.client.post<Json>(
      '/auth/mfa/factors',
      { provider: 'totp', label: email },
      session,
    );
    const secret = String(enrolment.secret);
    const factor = enrolment.mfa_factor as Json;
    await this.client.post(
      `/auth/mfa/factors/${String(factor.id)}/verify`,
      { code: totpCode(secret) },
      session,
    );
    const codes = await this.client.post<Json>('/auth/mfa/recovery-codes', {}, session);
    return { secret, codes: codes.recovery_codes as string[] };
  }

  /** The customer's authenticator factors as Medusa v2 stores them: their statuses. */
  async twoStepFactors(session: string): Promise<string[]> {
    const result = await this.client.get<Json>('/auth/mfa/factors', session);
    return (result.mfa_factors as Json[])
      .filter((factor) => factor.provider === 'totp')
      .map((factor) => String(factor.status));
  }

  /** Whether Medusa asks these credentials for a second step (they must be right). */
  async asksForSecondStep(email: string, password: string): Promise<boolean> {
    const result = await this.client.post<Json>('/auth/customer/emailpass', { email, password });
    return result.mfa_required === true;
  }

  /** True when these credentials sign in at the backend. */
  async canLogIn(email: string, password: string): Promise<boolean> {
    try {
      await this.logIn(email, password);
      return true;
    } catch {
      return false;
    }
  }

  async logOut(session: string): Promise<void> {
    // Whatever Medusa answers: the session is gone or was already.
    await this.client.send(
      'DELETE',
      this.backend.version === 'v1' ? '/store/auth' : '/auth/session',
      { session },
    );
  }

  /**
   * Writes the customer's metadata straight through Medusa's store API, as any customer can
   * with their own session (merged: other keys stay).
   */
  async writeMetadata(session: string, metadata: Json): Promise<void> {
    await this.client.post('/store/customers/me', { metadata }, session);
  }

  /** The customer's metadata as Medusa stores it. */
  async metadata(session: string): Promise<Json> {
    const raw = await this.customerRecord(session);
    if (!raw) throw new Error('metadata: the backend rejected the session');
    return (raw.metadata as Json | null) ?? {};
  }

  /** The customer record Medusa answers for a session, metadata included; null on 401. */
  private async customerRecord(session: string): Promise<Json | null> {
    // v2 leaves metadata out unless asked.
    const path =
      this.backend.version === 'v2'
        ? '/store/customers/me?fields=*,+metadata'
        : '/store/customers/me';
    const answer = await this.client.send('GET', path, { session });
    if (answer.status === 401) return null;
    return jsonOf<Json>(`GET ${path}`, answer).customer as Json;
  }

  /** The customer behind a session, or null when the backend rejects it. */
  async me(session: string): Promise<ApiCustomer | null> {
    const raw = await this.customerRecord(session);
    if (!raw) return null;
    const metadata = (raw.metadata as Json | null) ?? {};
    return {
      id: String(raw.id),
      email: String(raw.email),
      firstName: String(raw.first_name ?? ''),
      lastName: String(raw.last_name ?? ''),
      phone: (raw.phone as string | null) || null,
      companyName: (raw.company_name as string | null | undefined) || null,
      photoUrl: (metadata[PHOTO_URL_KEY] as string | null | undefined) || null,
      photoFile: (metadata[PHOTO_FILE_KEY] as string | null | undefined) || null,
    };
  }

  async addresses(session: string): Promise<ApiAddress[]> {
    if (this.backend.version === 'v1') {
      const { customer } = await this.client.get<{ customer: Json }>(
        '/store/customers/me',
        session,
      );
      const defaultId = (customer.metadata as Json | null)?.[V1_DEFAULT_SHIPPING_KEY];
      return (customer.shipping_addresses as Json[]).map((a) =>
        this.address(a, a.id === defaultId),
      );
    }
    const result = await this.client.get<Json>('/store/customers/me/addresses?limit=100', session);
    return (result.addresses as Json[]).map((a) => this.address(a, Boolean(a.is_default_shipping)));
  }

  private address(raw: Json, isDefaultShipping: boolean): ApiAddress {
    return {
      id: String(raw.id),
      firstName: String(raw.first_name ?? ''),
      address1: String(raw.address_1 ?? ''),
      city: String(raw.city ?? ''),
      postalCode: String(raw.postal_code ?? ''),
      countryCode: String(raw.country_code ?? ''),
      isDefaultShipping,
    };
  }

  async createAddress(session: string, address: Json): Promise<void> {
    await this.client.post(
      '/store/customers/me/addresses',
      this.backend.version === 'v1' ? { address } : address,
      session,
    );
  }

  /** Where an order's goods and money are, and its parcels' tracking, as Medusa stored them. */
  async orderTracking(session: string, orderId: string): Promise<ApiOrderTracking> {
    const path =
      this.backend.version === 'v1'
        ? `/store/customers/me/orders?id=${orderId}&expand=fulfillments,fulfillments.tracking_links&fields=id,fulfillment_status,payment_status`
        : `/store/orders?id=${orderId}&fields=id,fulfillment_status,payment_status,*fulfillments,*fulfillments.labels`;
    const result = await this.client.get<Json>(path, session);
    const [order] = result.orders as Json[];
    if (!order) throw new Error(`order ${orderId} is not the customer's`);
    const fulfillments = (order.fulfillments as Json[] | undefined) ?? [];
    return {
      fulfillmentStatus: String(order.fulfillment_status),
      paymentStatus: String(order.payment_status),
      tracking: fulfillments.flatMap((f) =>
        this.backend.version === 'v1'
          ? ((f.tracking_links as Json[]) ?? []).map((l) => ({
              number: String(l.tracking_number),
              url: (l.url as string | null) || null,
            }))
          : ((f.labels as Json[]) ?? []).map((l) => ({
              number: String(l.tracking_number),
              url: (l.tracking_url as string | null) || null,
            })),
      ),
    };
  }

  /** Where an order was sent and billed, as Medusa stored it for the customer. */
  async orderAddresses(
    session: string,
    orderId: string,
  ): Promise<{ shipping: ApiOrderAddress | null; billing: ApiOrderAddress | null }> {
    const path =
      this.backend.version === 'v1'
        ? `/store/customers/me/orders?id=${orderId}&expand=shipping_address,billing_address&fields=id`
        : `/store/orders?id=${orderId}&fields=id,*shipping_address,*billing_address`;
    const result = await this.client.get<Json>(path, session);
    const [order] = result.orders as Json[];
    if (!order) throw new Error(`order ${orderId} is not the customer's`);
    const address = (raw: unknown): ApiOrderAddress | null => {
      if (!raw) return null;
      const a = raw as Json;
      return {
        company: (a.company as string | null) || null,
        address1: String(a.address_1 ?? ''),
        city: String(a.city ?? ''),
        postalCode: String(a.postal_code ?? ''),
        countryCode: String(a.country_code ?? '').toLowerCase(),
      };
    };
    return { shipping: address(order.shipping_address), billing: address(order.billing_address) };
  }

  /**
   * What Medusa's public order route answers a caller with no session for an order id (v2's
   * `GET /store/orders/:id`, v1's `GET /store/orders/:id`), asking for `fields`: the raw text.
   */
  async anonymousOrder(orderId: string, fields: string): Promise<{ status: number; text: string }> {
    const query = this.backend.version === 'v2' ? `?fields=${encodeURIComponent(fields)}` : '';
    const answer = await this.client.send('GET', `/store/orders/${orderId}${query}`);
    return { status: answer.status, text: JSON.stringify(lenientJson(answer.text)) };
  }

  /**
   * Places an order with one line through the store API, as the shopper's checkout would:
   * with `session`, into that customer's account; without, as a guest with `email` (kept by
   * Medusa with a customer record of that email that has no account).
   */
  async placeOrder(email: string, session?: string): Promise<string> {
    const { version, url, publishableKey } = this.backend;
    const shopper: StoreShopper =
      session && version === 'v2'
        ? // v2's checkout sends no session of its own: the client carries it.
          {
            version,
            client: new StoreClient(
              url,
              { cookie: `${MEDUSA_SESSION_COOKIE}=${session}` },
              publishableKey,
            ),
          }
        : { version, client: this.client, session };
    const { regionId, variantId } = await orderMaterials(shopper);
    return placeOrder(shopper, { email, regionId, items: [{ variantId, quantity: 1 }] });
  }

  /**
   * Asks Medusa, as the customer of `session`, to mail the link that moves `orderId` into
   * their account (v2: an order transfer request; v1: an order claim token).
   */
  async requestGuestOrder(session: string, orderId: string): Promise<void> {
    if (this.backend.version === 'v1') {
      // Medusa v1 answers a bare "OK", not JSON.
      const answer = await this.client.send('POST', '/store/orders/batch/customer/token', {
        body: { order_ids: [orderId] },
        session,
      });
      if (!answer.ok) throw new Error(`v1 guest order request: HTTP ${answer.status}`);
      return;
    }
    await this.client.post(`/store/orders/${orderId}/transfer/request`, {}, session);
  }

  /** Newest first. */
  async orders(session: string): Promise<ApiOrder[]> {
    const path =
      this.backend.version === 'v1'
        ? '/store/customers/me/orders?limit=100&offset=0'
        : '/store/orders?limit=100&offset=0&order=-created_at&fields=id,display_id,created_at';
    const result = await this.client.get<Json>(path, session);
    return (result.orders as Json[]).map((o) => ({
      id: String(o.id),
      displayId: Number(o.display_id),
      createdAt: String(o.created_at),
    }));
  }
}

/** A body as JSON where it is JSON; else its text, under `text`. */
function lenientJson(text: string): Json {
  try {
    return text ? (JSON.parse(text) as Json) : {};
  } catch {
    return { text };
  }
}

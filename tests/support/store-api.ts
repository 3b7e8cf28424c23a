import { V1_DEFAULT_SHIPPING_KEY } from '../../lib/medusa/wire/metadata';
import { PHOTO_FILE_KEY, PHOTO_URL_KEY } from '../../lib/medusa/wire/photo';
import { MEDUSA_SESSION_COOKIE } from '../../lib/medusa/wire/responses';

import { totpCode } from '../../tools/lib/totp';
import type { BackendInfo } from './backends';

// Test fixtures talk to Medusa over its own HTTP API, independently of the storefront's
// adapters, to set up data and to check what the backend really stored.

export type ApiCustomer = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  /** Medusa v2's `company_name`; v1 customers have none. */
  companyName: string | null;
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
export type ApiOrderTracking = {
  fulfillmentStatus: string;
  paymentStatus: string;
  tracking: { number: string; url: string | null }[];
};

type Json = Record<string, unknown>;

export class StoreApi {
  constructor(private readonly backend: BackendInfo) {}

  private async request(
    method: string,
    path: string,
    { body, session, bearer }: { body?: Json; session?: string; bearer?: string } = {},
  ): Promise<{ status: number; json: Json; setCookie: string[] }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body) headers['content-type'] = 'application/json';
    if (session) headers.cookie = `${MEDUSA_SESSION_COOKIE}=${session}`;
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (this.backend.publishableKey && path.startsWith('/store')) {
      headers['x-publishable-api-key'] = this.backend.publishableKey;
    }
    const response = await fetch(`${this.backend.url}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    let json: Json = {};
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      json = { text };
    }
    return { status: response.status, json, setCookie: response.headers.getSetCookie() };
  }

  private sessionFrom(setCookie: string[]): string {
    for (const header of setCookie) {
      const match = /^connect\.sid=([^;]+)/.exec(header);
      if (match?.[1]) return match[1];
    }
    throw new Error(`no ${MEDUSA_SESSION_COOKIE} cookie in the response`);
  }

  private expectOk(what: string, result: { status: number; json: Json }) {
    if (result.status >= 300)
      throw new Error(`${what}: HTTP ${result.status} ${JSON.stringify(result.json)}`);
  }

  /** Creates a customer and returns a signed-in backend session for them. */
  async register(input: {
    email: string;
    password: string;
    firstName: string;
    lastName: string;
  }): Promise<string> {
    if (this.backend.version === 'v1') {
      const result = await this.request('POST', '/store/customers', {
        body: {
          email: input.email,
          password: input.password,
          first_name: input.firstName,
          last_name: input.lastName,
        },
      });
      this.expectOk('register', result);
      return this.sessionFrom(result.setCookie);
    }
    const identity = await this.request('POST', '/auth/customer/emailpass/register', {
      body: { email: input.email, password: input.password },
    });
    this.expectOk('register identity', identity);
    const created = await this.request('POST', '/store/customers', {
      bearer: String(identity.json.token),
      body: { email: input.email, first_name: input.firstName, last_name: input.lastName },
    });
    this.expectOk('register customer', created);
    return this.logIn(input.email, input.password);
  }

  async logIn(email: string, password: string): Promise<string> {
    if (this.backend.version === 'v1') {
      const result = await this.request('POST', '/store/auth', { body: { email, password } });
      this.expectOk('logIn', result);
      return this.sessionFrom(result.setCookie);
    }
    const token = await this.request('POST', '/auth/customer/emailpass', {
      body: { email, password },
    });
    this.expectOk('logIn', token);
    const session = await this.request('POST', '/auth/session', {
      bearer: String(token.json.token),
    });
    this.expectOk('logIn session', session);
    return this.sessionFrom(session.setCookie);
  }

  /**
   * Turns two-step sign-in on for a customer as an authenticator app would (Medusa v2): its
   * secret, and the recovery codes Medusa issued.
   */
  async enableTwoStep(
    session: string,
    email: string,
  ): Promise<{ secret: string; codes: string[] }> {
    const enrolment = await this.request('POST', '/auth/mfa/factors', {
      session,
      body: { provider: 'totp', label: email },
    });
    this.expectOk('enrol', enrolment);
    const secret = String(enrolment.json.secret);
    const factor = enrolment.json.mfa_factor as Json;
    this.expectOk(
      'verify factor',
      await this.request('POST', `/auth/mfa/factors/${String(factor.id)}/verify`, {
        session,
        body: { code: totpCode(secret) },
      }),
    );
    const codes = await this.request('POST', '/auth/mfa/recovery-codes', { session, body: {} });
    this.expectOk('recovery codes', codes);
    return { secret, codes: codes.json.recovery_codes as string[] };
  }

  /** The customer's authenticator factors as Medusa v2 stores them: their statuses. */
  async twoStepFactors(session: string): Promise<string[]> {
    const result = await this.request('GET', '/auth/mfa/factors', { session });
    this.expectOk('factors', result);
    return (result.json.mfa_factors as Json[])
      .filter((factor) => factor.provider === 'totp')
      .map((factor) => String(factor.status));
  }

  /** Whether Medusa asks these credentials for a second step (they must be right). */
  async asksForSecondStep(email: string, password: string): Promise<boolean> {
    const result = await this.request('POST', '/auth/customer/emailpass', {
      body: { email, password },
    });
    this.expectOk('authenticate', result);
    return result.json.mfa_required === true;
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
    await this.request('DELETE', this.backend.version === 'v1' ? '/store/auth' : '/auth/session', {
      session,
    });
  }

  /**
   * Writes the customer's metadata straight through Medusa's store API, as any customer can
   * with their own session (merged: other keys stay).
   */
  async writeMetadata(session: string, metadata: Json): Promise<void> {
    this.expectOk(
      'writeMetadata',
      await this.request('POST', '/store/customers/me', { session, body: { metadata } }),
    );
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
    const result = await this.request('GET', path, { session });
    if (result.status === 401) return null;
    this.expectOk('customer', result);
    return result.json.customer as Json;
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
      const result = await this.request('GET', '/store/customers/me', { session });
      this.expectOk('addresses', result);
      const customer = result.json.customer as Json;
      const defaultId = (customer.metadata as Json | null)?.[V1_DEFAULT_SHIPPING_KEY];
      return (customer.shipping_addresses as Json[]).map((a) =>
        this.address(a, a.id === defaultId),
      );
    }
    const result = await this.request('GET', '/store/customers/me/addresses?limit=100', {
      session,
    });
    this.expectOk('addresses', result);
    return (result.json.addresses as Json[]).map((a) =>
      this.address(a, Boolean(a.is_default_shipping)),
    );
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
    const result =
      this.backend.version === 'v1'
        ? await this.request('POST', '/store/customers/me/addresses', {
            session,
            body: { address },
          })
        : await this.request('POST', '/store/customers/me/addresses', { session, body: address });
    this.expectOk('createAddress', result);
  }

  /** Where an order's goods and money are, and its parcels' tracking, as Medusa stored them. */
  async orderTracking(session: string, orderId: string): Promise<ApiOrderTracking> {
    const path =
      this.backend.version === 'v1'
        ? `/store/customers/me/orders?id=${orderId}&expand=fulfillments,fulfillments.tracking_links&fields=id,fulfillment_status,payment_status`
        : `/store/orders?id=${orderId}&fields=id,fulfillment_status,payment_status,*fulfillments,*fulfillments.labels`;
    const result = await this.request('GET', path, { session });
    this.expectOk('orderTracking', result);
    const [order] = result.json.orders as Json[];
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

  /**
   * What Medusa's public order route answers a caller with no session for an order id (v2's
   * `GET /store/orders/:id`, v1's `GET /store/orders/:id`), asking for `fields`: the raw text.
   */
  async anonymousOrder(orderId: string, fields: string): Promise<{ status: number; text: string }> {
    const query = this.backend.version === 'v2' ? `?fields=${encodeURIComponent(fields)}` : '';
    const result = await this.request('GET', `/store/orders/${orderId}${query}`);
    return { status: result.status, text: JSON.stringify(result.json) };
  }

  /** Newest first. */
  async orders(session: string): Promise<ApiOrder[]> {
    const path =
      this.backend.version === 'v1'
        ? '/store/customers/me/orders?limit=100&offset=0'
        : '/store/orders?limit=100&offset=0&order=-created_at&fields=id,display_id,created_at';
    const result = await this.request('GET', path, { session });
    this.expectOk('orders', result);
    return (result.json.orders as Json[]).map((o) => ({
      id: String(o.id),
      displayId: Number(o.display_id),
      createdAt: String(o.created_at),
    }));
  }
}

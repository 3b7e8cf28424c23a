// The seeded world both dev backends share (backend/seed-world.json), and a tiny HTTP client
// for seeding through a store API.
import fs from 'node:fs';
import path from 'node:path';

import { MEDUSA_SESSION_COOKIE } from '../../lib/medusa/wire';
import { ROOT } from '../lib/run';
import type { ProductDrawing } from './product-images';

export type WorldAddress = {
  firstName: string;
  lastName: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  province: string;
  postalCode: string;
  countryCode: string;
  phone: string;
};

/**
 * What the merchant does to a seeded order after it was placed, through the admin API, in
 * order: the personas' orders are shipped, delivered, cancelled or refunded this way.
 */
export type MerchantStep =
  | { do: 'capture' }
  /** Ships the order's items (indexes into the order's `items`; all of them when absent). */
  | { do: 'ship'; items?: number[]; tracking: { number: string; url: string }[] }
  /** Marks the last shipment delivered (Medusa v2; v1 has no delivery state). */
  | { do: 'deliver' }
  | { do: 'cancel' }
  /** Refunds `amount` (minor units), or what was paid when absent. */
  | { do: 'refund'; amount?: number };

export type WorldOrder = {
  items: { product: string; quantity: number }[];
  /** Index into the customer's `addresses`. */
  shippingAddress: number;
  /** A discount code of the world's, applied to the cart. */
  discount?: string;
  merchant?: MerchantStep[];
};

export type WorldCustomer = {
  key: string;
  /** For the personas: what a support engineer sees when signed in as this customer. */
  persona?: string;
  /** The variables that override the credentials (the demo and second customer only). */
  emailEnv?: string;
  email: string;
  passwordEnv?: string;
  password: string;
  firstName: string;
  lastName: string;
  phone?: string;
  addresses: WorldAddress[];
  /** Index into `addresses`. */
  defaultShippingAddress: number;
  orders: WorldOrder[];
  /**
   * Two-step sign-in is on, with this authenticator secret (base32; Medusa v2 only, whose
   * seed enables the factor and keeps the recovery codes it was given).
   */
  twoStep?: { secret: string };
};

export type World = {
  currency: string;
  region: { name: string; countries: string[] };
  shippingOption: { name: string; amount: number };
  products: {
    handle: string;
    title: string;
    variantTitle: string;
    price: number;
    image: ProductDrawing;
  }[];
  discounts: { code: string; percentage: number; description: string }[];
  customers: WorldCustomer[];
};

/**
 * The merchant's account on both dev backends, through which the seed uploads the product
 * pictures and acts on the personas' orders. Development only; overridable.
 */
export const DEV_ADMIN = {
  email: process.env.MEDUSA_ADMIN_EMAIL ?? 'admin@example.com',
  password: process.env.MEDUSA_ADMIN_PASSWORD ?? 'dev-only-admin-password',
  /** Medusa v1 admin API token (header x-medusa-access-token). */
  v1ApiToken: process.env.MEDUSA_ADMIN_API_TOKEN ?? 'dev-only-admin-api-token-v1',
};

/**
 * The key Medusa v2 encrypts authenticator secrets with (its auth module's
 * `mfa.encryption_key`, from AUTH_MFA_ENCRYPTION_KEY). Development only; overridable.
 */
export const DEV_MFA_ENCRYPTION_KEY =
  process.env.AUTH_MFA_ENCRYPTION_KEY ?? 'dev-only-mfa-encryption-key-v2';

export function readWorld(): World {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'backend', 'seed-world.json'), 'utf8'));
}

/** The world's customers with credentials overridable by environment (DEMO_EMAIL, …). */
export function customersOf(world: World): WorldCustomer[] {
  return world.customers.map((c) => ({
    ...c,
    email: (c.emailEnv && process.env[c.emailEnv]) || c.email,
    password: (c.passwordEnv && process.env[c.passwordEnv]) || c.password,
  }));
}

/** The item of a list the seed cannot go on without. */
export function first<T>(list: readonly T[] | undefined, what: string): T {
  const item = list?.[0];
  if (item === undefined) throw new Error(`no ${what}`);
  return item;
}

type Headers = Record<string, string>;

/**
 * Seeding talks to our own freshly seeded backend, so answers are typed by what the caller
 * expects rather than checked.
 */
export class StoreClient {
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Headers = {},
  ) {}

  async request(
    method: string,
    pathname: string,
    body?: unknown,
    session?: string,
    extraHeaders: Headers = {},
  ) {
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(session ? { cookie: `${MEDUSA_SESSION_COOKIE}=${session}` } : {}),
        ...this.headers,
        ...extraHeaders,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return { json: (text ? JSON.parse(text) : {}) as unknown, response };
  }

  /** Uploads files as a merchant's browser would (multipart, field `files`). */
  async upload<T>(pathname: string, files: readonly { name: string; file: string }[]): Promise<T> {
    const form = new FormData();
    for (const { name, file } of files)
      form.append('files', new Blob([fs.readFileSync(file)], { type: 'image/png' }), name);
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method: 'POST',
      headers: { accept: 'application/json', ...this.headers },
      body: form,
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`POST ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  async get<T>(pathname: string, session?: string): Promise<T> {
    return (await this.request('GET', pathname, undefined, session)).json as T;
  }

  async post<T>(pathname: string, body: unknown, session?: string, headers?: Headers): Promise<T> {
    return (await this.request('POST', pathname, body, session, headers)).json as T;
  }

  /** POSTs and returns the Medusa session (connect.sid) the response sets. */
  async signUp(pathname: string, body: unknown, headers?: Headers): Promise<string> {
    const { response } = await this.request('POST', pathname, body, undefined, headers);
    const prefix = `${MEDUSA_SESSION_COOKIE}=`;
    for (const header of response.headers.getSetCookie()) {
      const value = header.startsWith(prefix) ? header.slice(prefix.length).split(';')[0] : '';
      if (value) return value;
    }
    throw new Error(`${pathname}: no session cookie`);
  }
}

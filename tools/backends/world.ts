// The seeded world both dev backends share (backend/seed-world.json), and a tiny HTTP client
// for seeding through a store API.
import fs from 'node:fs';
import path from 'node:path';

import { MEDUSA_SESSION_COOKIE } from '../../lib/medusa/wire';
import { ROOT } from '../lib/run';

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

export type WorldCustomer = {
  key: string;
  emailEnv: string;
  email: string;
  passwordEnv: string;
  password: string;
  firstName: string;
  lastName: string;
  phone?: string;
  addresses: WorldAddress[];
  /** Index into `addresses`. */
  defaultShippingAddress: number;
  orders: {
    items: { product: string; quantity: number }[];
    /** Index into `addresses`. */
    shippingAddress: number;
  }[];
};

export type World = {
  currency: string;
  region: { name: string; countries: string[] };
  shippingOption: { name: string; amount: number };
  products: { handle: string; title: string; variantTitle: string; price: number }[];
  customers: WorldCustomer[];
};

export function readWorld(): World {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'backend', 'seed-world.json'), 'utf8'));
}

/** The world's customers with credentials overridable by environment (DEMO_EMAIL, …). */
export function customersOf(world: World): WorldCustomer[] {
  return world.customers.map((c) => ({
    ...c,
    email: process.env[c.emailEnv] ?? c.email,
    password: process.env[c.passwordEnv] ?? c.password,
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

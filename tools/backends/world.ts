// The seeded world both dev backends share (backend/seed-world.json), and a tiny HTTP client
// for seeding through a store API.
import fs from 'node:fs';
import path from 'node:path';

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
  | { do: 'refund'; amount?: number }
  /**
   * The shopper sends items back (indexes into the order's `items`, all when absent) for the
   * return reason with this value; the merchant receives them and refunds what they are worth.
   */
  | { do: 'return'; items?: number[]; reason: string };

export type WorldOrder = {
  items: { product: string; quantity: number }[];
  /** Index into the customer's `addresses`. */
  shippingAddress: number;
  /** Index into the customer's `addresses` the order is billed to; the shipping one when absent. */
  billingAddress?: number;
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
   * Orders placed with this customer's email without signing in, before the account was made
   * (on Medusa v2 a guest checkout with an account's email goes straight into that account),
   * so they are not in the account's list until the shopper adds them. No merchant steps.
   */
  guestOrders?: Omit<WorldOrder, 'merchant'>[];
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
  /**
   * The store's languages as Medusa v2 names them (its supported locales), by the storefront's
   * language: the products' titles are written in English, and `translations` gives each
   * product its title in the others. Medusa v1 has no translations.
   */
  locales: Record<string, string>;
  products: {
    handle: string;
    title: string;
    /** The product's title in another language, by the storefront's code (`de`); v2 only. */
    translations?: Record<string, { title: string }>;
    variantTitle: string;
    price: number;
    image: ProductDrawing;
  }[];
  discounts: { code: string; percentage: number; description: string }[];
  /** Why a shopper may send an item back (`value` is the store's key for it). */
  returnReasons: ReturnReasonSetting[];
  /** How items come back, and what the shopper pays for it (minor units). */
  returnShippingOption: { name: string; amount: number };
  customers: WorldCustomer[];
};

export type ReturnReasonSetting = { value: string; label: string };

export { DEV_ADMIN } from './dev-admin';

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

export { first, StoreClient } from '../lib/store-client';

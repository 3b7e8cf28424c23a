// Medusa v1 (1.20.11): how to migrate, seed and start the dev backend in backend/medusa-v1.
// The region, shipping and products come from `medusa seed`; customers, addresses and orders
// are created through the store API, as a shopper would, while the server runs.
import fs from 'node:fs';
import path from 'node:path';

import {
  DEFAULT_BACKEND_URLS,
  fromAddressInput,
  V1_DEFAULT_SHIPPING_KEY,
} from '../../lib/medusa/wire';
import type { BackendContext } from '../lib/backends';
import { DATA } from '../lib/paths';
import { ROOT } from '../lib/run';
import { customersOf, first, readWorld, StoreClient, type World } from './world';

export const version = 'v1';
export const dir = path.join(ROOT, 'backend', 'medusa-v1');
export const defaultPort = Number(
  process.env.MEDUSA_V1_PORT ?? new URL(DEFAULT_BACKEND_URLS.v1).port,
);
const medusaBin = path.join(dir, 'node_modules', '@medusajs', 'medusa', 'cli.js');

/**
 * Medusa v1 loads subscribers from dist/. Ours are plain CommonJS kept in src/ and copied
 * there, so no hand-written file lives in a build folder.
 */
export function build() {
  const from = path.join(dir, 'src', 'subscribers');
  const to = path.join(dir, 'dist', 'subscribers');
  fs.mkdirSync(to, { recursive: true });
  for (const file of fs.readdirSync(from))
    fs.copyFileSync(path.join(from, file), path.join(to, file));
}

export const startCommand = (ctx: BackendContext) => ({
  command: process.execPath,
  args: [medusaBin, 'start', '--port', String(ctx.port)],
});

export async function migrate(ctx: BackendContext) {
  await ctx.exec(process.execPath, [medusaBin, 'migrations', 'run']);
}

/** The static catalogue, on a freshly migrated database. */
export async function seedDatabase(ctx: BackendContext) {
  const world = readWorld();
  const seedFile = path.join(DATA, 'seed-v1.json');
  fs.writeFileSync(seedFile, JSON.stringify(catalogueSeed(world), null, 2));
  await ctx.exec(process.execPath, [medusaBin, 'seed', '-f', seedFile]);
}

function catalogueSeed(world: World) {
  return {
    store: { currencies: [world.currency], default_currency_code: world.currency },
    users: [
      {
        email: 'admin@example.com',
        password: process.env.MEDUSA_ADMIN_PASSWORD ?? 'dev-only-admin-password',
      },
    ],
    regions: [
      {
        id: 'seed-region',
        name: world.region.name,
        currency_code: world.currency,
        tax_rate: 0,
        payment_providers: ['manual'],
        fulfillment_providers: ['manual'],
        countries: world.region.countries,
      },
    ],
    shipping_options: [
      {
        name: world.shippingOption.name,
        region_id: 'seed-region',
        provider_id: 'manual',
        data: { id: 'manual-fulfillment' },
        price_type: 'flat_rate',
        amount: world.shippingOption.amount,
      },
    ],
    products: world.products.map((p) => ({
      title: p.title,
      handle: p.handle,
      options: [{ title: 'Size' }],
      variants: [
        {
          title: p.variantTitle,
          prices: [{ currency_code: world.currency, amount: p.price }],
          options: [{ value: p.variantTitle }],
          inventory_quantity: 1000,
          manage_inventory: false,
        },
      ],
    })),
  };
}

/** Customers, their addresses and real orders, through the running server's store API. */
export async function seedThroughApi(ctx: BackendContext) {
  const api = new StoreClient(ctx.url);
  const { regions } = await api.get<{ regions: { id: string }[] }>('/store/regions');
  const region = first(regions, 'region after `medusa seed`');
  const { products } = await api.get<{
    products: { handle: string; variants: { id: string }[] }[];
  }>('/store/products?limit=100');
  const variantOf = new Map(
    products.map((p) => [p.handle, first(p.variants, `variant of ${p.handle}`).id]),
  );

  for (const customer of customersOf(readWorld())) {
    const session = await api.signUp('/store/customers', {
      email: customer.email,
      password: customer.password,
      first_name: customer.firstName,
      last_name: customer.lastName,
      ...(customer.phone ? { phone: customer.phone } : {}),
    });
    const addressIds: string[] = [];
    for (const address of customer.addresses) {
      const before = new Set(addressIds);
      const { customer: stored } = await api.post<{
        customer: { shipping_addresses: { id: string }[] };
      }>('/store/customers/me/addresses', { address: fromAddressInput(address) }, session);
      const added = stored.shipping_addresses.map((a) => a.id).find((id) => !before.has(id));
      if (!added) throw new Error(`${customer.email}: the new address is not in the answer`);
      addressIds.push(added);
    }
    await api.post(
      '/store/customers/me',
      { metadata: { [V1_DEFAULT_SHIPPING_KEY]: addressIds[customer.defaultShippingAddress] } },
      session,
    );

    for (const order of customer.orders) {
      const { cart } = await api.post<{ cart: { id: string } }>(
        '/store/carts',
        { region_id: region.id },
        session,
      );
      for (const item of order.items) {
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: variantOf.get(item.product), quantity: item.quantity },
          session,
        );
      }
      const shippingAddress = customer.addresses[order.shippingAddress];
      if (!shippingAddress)
        throw new Error(`${customer.email}: an order names address ${order.shippingAddress}`);
      await api.post(
        `/store/carts/${cart.id}`,
        { email: customer.email, shipping_address: fromAddressInput(shippingAddress) },
        session,
      );
      const { shipping_options } = await api.get<{ shipping_options: { id: string }[] }>(
        `/store/shipping-options/${cart.id}`,
        session,
      );
      await api.post(
        `/store/carts/${cart.id}/shipping-methods`,
        { option_id: first(shipping_options, `shipping option for cart ${cart.id}`).id },
        session,
      );
      await api.post(`/store/carts/${cart.id}/payment-sessions`, {}, session);
      await api.post(`/store/carts/${cart.id}/payment-session`, { provider_id: 'manual' }, session);
      const completed = await api.post<{ type: string }>(
        `/store/carts/${cart.id}/complete`,
        {},
        session,
      );
      if (completed.type !== 'order')
        throw new Error(
          `cart ${cart.id} did not become an order: ${JSON.stringify(completed).slice(0, 300)}`,
        );
    }
    console.log(
      `  seeded ${customer.email}: ${customer.addresses.length} addresses, ${customer.orders.length} orders`,
    );
  }
}

// Medusa v1 (1.20.11): how to migrate, seed and start the dev backend in backend/medusa-v1.
// The region, shipping and products come from `medusa seed`; customers, addresses and orders
// are created through the store API, as a shopper would, while the server runs.
import fs from 'node:fs';
import path from 'node:path';

// The wire's modules one by one: tsx runs these tools as ES modules, and Node sees no named
// exports through the folder's `export *`.
import { fromAddressInput } from '../../lib/medusa/wire/address';
import { V1_DEFAULT_SHIPPING_KEY } from '../../lib/medusa/wire/metadata';
import { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire/responses';
import type { BackendContext } from '../lib/backends';
import { DATA } from '../lib/paths';
import { withDatabase } from '../lib/postgres';
import { ROOT } from '../lib/run';
import { placeOrder } from '../lib/store-orders';
import { playMerchantSteps } from './merchant';
import { merchantAt } from './merchant-v1';
import { writeProductImages } from './product-images';
import {
  customersOf,
  DEV_ADMIN,
  first,
  readWorld,
  StoreClient,
  type World,
  type WorldCustomer,
} from './world';

export const version = 'v1';
export const dir = path.join(ROOT, 'backend', 'medusa-v1');
export const defaultPort = Number(
  process.env.MEDUSA_V1_PORT ?? new URL(DEFAULT_BACKEND_URLS.v1).port,
);
const medusaBin = path.join(dir, 'node_modules', '@medusajs', 'medusa', 'cli.js');

/**
 * Where the local file plugin keeps uploads (backend/medusa-v1/uploads/images), relative to
 * the project as medusa-config.js names it; git-ignored.
 */
export const uploadsDir = path.join(dir, 'uploads', 'images');

/**
 * Medusa v1 loads subscribers from dist/. Ours are plain CommonJS kept in src/ and copied
 * there, so no hand-written file lives in a build folder. The local file plugin copies each
 * upload into its folder, which must exist.
 */
export function build() {
  const from = path.join(dir, 'src', 'subscribers');
  const to = path.join(dir, 'dist', 'subscribers');
  fs.mkdirSync(to, { recursive: true });
  for (const file of fs.readdirSync(from))
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  fs.mkdirSync(uploadsDir, { recursive: true });
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
    // The merchant's account; its API token is how the seed (and later the storefront's
    // server) acts on the admin API.
    users: [
      { email: DEV_ADMIN.email, password: DEV_ADMIN.password, api_token: DEV_ADMIN.v1ApiToken },
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

/**
 * Through the running server: the product pictures and the discount as a merchant adds them
 * (admin API), then customers, their addresses and real orders (store API), then what the
 * merchant does to the personas' orders (admin API).
 */
export async function seedThroughApi(ctx: BackendContext) {
  const world = readWorld();
  const api = new StoreClient(ctx.url);
  const admin = new StoreClient(ctx.url, { 'x-medusa-access-token': DEV_ADMIN.v1ApiToken });
  const { regions } = await api.get<{ regions: { id: string }[] }>('/store/regions');
  const region = first(regions, 'region after `medusa seed`');

  await addProductImages(admin, world);
  for (const discount of world.discounts) {
    await admin.post('/admin/discounts', {
      code: discount.code,
      rule: {
        type: 'percentage',
        value: discount.percentage,
        allocation: 'total',
        description: discount.description,
      },
      regions: [region.id],
    });
  }

  const { products } = await api.get<{
    products: { handle: string; variants: { id: string }[] }[];
  }>('/store/products?limit=100');
  const variantOf = new Map(
    products.map((p) => [p.handle, first(p.variants, `variant of ${p.handle}`).id]),
  );

  const customers = customersOf(world);
  for (const customer of customers) {
    await placeGuestOrders(api, customer, region.id, variantOf);
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

    const shopper = { version: 'v1' as const, client: api, session };
    for (const order of customer.orders) {
      const shippingAddress = customer.addresses[order.shippingAddress];
      const billingAddress = customer.addresses[order.billingAddress ?? order.shippingAddress];
      if (!shippingAddress || !billingAddress)
        throw new Error(
          `${customer.email}: an order names address ${order.shippingAddress} or ${order.billingAddress}`,
        );
      await placeOrder(shopper, {
        email: customer.email,
        regionId: region.id,
        items: order.items.map((item) => {
          const variantId = variantOf.get(item.product);
          if (!variantId) throw new Error(`no product ${item.product} in the store`);
          return { variantId, quantity: item.quantity };
        }),
        shippingAddress: fromAddressInput(shippingAddress),
        billingAddress: fromAddressInput(billingAddress),
        discount: order.discount,
      });
    }
    console.log(
      `  seeded ${customer.email}: ${customer.addresses.length} addresses, ${customer.orders.length} orders`,
    );
  }
  await playMerchantSteps(merchantAt(ctx.url), world, customers);
}

/**
 * Orders the shopper placed as a guest: a cart with their email and no session, which Medusa
 * 1.20 gives to a customer record without an account for that email (CartService's
 * createOrFetchGuestCustomerFromEmail_), never to an account. Placed before the account is
 * made, as on v2, where the order matters (src/scripts/seed.ts).
 */
async function placeGuestOrders(
  api: StoreClient,
  customer: WorldCustomer,
  regionId: string,
  variantOf: ReadonlyMap<string, string>,
) {
  const guest = { version: 'v1' as const, client: api };
  for (const order of customer.guestOrders ?? []) {
    const shippingAddress = customer.addresses[order.shippingAddress];
    if (!shippingAddress)
      throw new Error(`${customer.email}: a guest order names address ${order.shippingAddress}`);
    await placeOrder(guest, {
      email: customer.email,
      regionId,
      items: order.items.map((item) => {
        const variantId = variantOf.get(item.product);
        if (!variantId) throw new Error(`no product ${item.product} in the store`);
        return { variantId, quantity: item.quantity };
      }),
      shippingAddress: fromAddressInput(shippingAddress),
    });
  }
  if (customer.guestOrders?.length)
    console.log(
      `  seeded ${customer.email}: ${customer.guestOrders.length} orders without an account`,
    );
}

/**
 * Each product's picture, uploaded to the local file plugin and made its thumbnail, before
 * any order: a line item keeps the thumbnail its product had when it was added to the cart.
 */
async function addProductImages(admin: StoreClient, world: World) {
  const files = writeProductImages(world.products);
  for (const product of world.products) {
    const { uploads } = await admin.upload<{ uploads: { url: string }[] }>('/admin/uploads', [
      { name: `${product.handle}.png`, file: files.get(product.handle)! },
    ]);
    const url = first(uploads, `upload of ${product.handle}`).url;
    const { products } = await admin.get<{ products: { id: string }[] }>(
      `/admin/products?handle=${encodeURIComponent(product.handle)}`,
    );
    await admin.post(`/admin/products/${first(products, product.handle).id}`, {
      thumbnail: url,
      images: [url],
    });
  }
}

/**
 * The storefront server's admin credentials (profile photos): the API token of the merchant's
 * account the seed made, as the database holds it. Development only.
 */
export async function readAdminApiKey(ctx: BackendContext) {
  return withDatabase(ctx.databaseUrl, async (client) => {
    const { rows } = await client.query<{ api_token: string | null }>(
      'SELECT api_token FROM "user" WHERE email = $1 AND deleted_at IS NULL LIMIT 1',
      [DEV_ADMIN.email],
    );
    return rows[0]?.api_token ?? undefined;
  });
}

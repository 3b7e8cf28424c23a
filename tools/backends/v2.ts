// Medusa v2 (2.21.2): how to migrate, seed and start the dev backend in backend/medusa-v2.
// The store, its pictures and customers, and every order (carts completed with a payment
// session) are seeded by src/scripts/seed.ts through Medusa's workflows, with no server; what
// the merchant then does to the personas' orders goes through the running server's admin API.
import path from 'node:path';

import { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire';
import type { BackendContext } from '../lib/backends';
import { withDatabase } from '../lib/postgres';
import { ROOT } from '../lib/run';
import { playMerchantSteps, type AdminOrder, type Merchant } from './merchant';
import { writeProductImages } from './product-images';
import { customersOf, DEV_ADMIN, first, readWorld, StoreClient } from './world';

export const version = 'v2';
export const dir = path.join(ROOT, 'backend', 'medusa-v2');
export const defaultPort = Number(
  process.env.MEDUSA_V2_PORT ?? new URL(DEFAULT_BACKEND_URLS.v2).port,
);
const medusaBin = path.join(dir, 'node_modules', '@medusajs', 'cli', 'cli.js');

export const startCommand = (ctx: BackendContext) => ({
  command: process.execPath,
  args: [medusaBin, 'start', '--port', String(ctx.port)],
});

export async function migrate(ctx: BackendContext) {
  await ctx.exec(process.execPath, [medusaBin, 'db:migrate']);
}

export async function seedDatabase(ctx: BackendContext) {
  writeProductImages(readWorld().products);
  await ctx.exec(process.execPath, [medusaBin, 'exec', './src/scripts/seed.ts']);
}

/** What the merchant does to the personas' orders, as the merchant's account the seed made. */
export async function seedThroughApi(ctx: BackendContext) {
  const { token } = await new StoreClient(ctx.url).post<{ token: string }>('/auth/user/emailpass', {
    email: DEV_ADMIN.email,
    password: DEV_ADMIN.password,
  });
  const admin = new StoreClient(ctx.url, { authorization: `Bearer ${token}` });
  const world = readWorld();
  await playMerchantSteps(merchant(admin), world, customersOf(world));
  await createAdminApiKey(admin, ctx);
}

/** The title of the secret API key the seed makes for the storefront's server. */
const ADMIN_KEY_TITLE = 'Account storefront server (profile photos)';

/**
 * Medusa keeps a secret API key's token only hashed and shows it once, when it is made. The
 * seed keeps that token in a table of the dev database's own (not Medusa's), so it is in
 * the seeded snapshot and every reset. Development only.
 */
const DEV_SECRETS = 'storefront_dev_secret';

async function createAdminApiKey(admin: StoreClient, ctx: BackendContext) {
  const { api_key } = await admin.post<{ api_key: { token: string } }>('/admin/api-keys', {
    title: ADMIN_KEY_TITLE,
    type: 'secret',
  });
  await withDatabase(ctx.databaseUrl, async (client) => {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${DEV_SECRETS} (name text PRIMARY KEY, value text NOT NULL)`,
    );
    await client.query(
      `INSERT INTO ${DEV_SECRETS} (name, value) VALUES ('admin_api_key', $1) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
      [api_key.token],
    );
  });
}

/** The storefront server's admin credentials (profile photos), as the seed kept them. */
export async function readAdminApiKey(ctx: BackendContext) {
  return withDatabase(ctx.databaseUrl, async (client) => {
    const { rows } = await client
      .query<{ value: string }>(`SELECT value FROM ${DEV_SECRETS} WHERE name = 'admin_api_key'`)
      .catch(() => ({ rows: [] as { value: string }[] }));
    return rows[0]?.value;
  });
}

type V2AdminOrder = {
  id: string;
  display_id: number;
  items: { id: string; title: string; quantity: number }[];
  fulfillments?: { id: string }[];
  payment_collections?: { payments?: { id: string; amount: number }[] }[];
};

/** The merchant's steps on Medusa v2's admin API (amounts in major units, as v2 keeps them). */
function merchant(admin: StoreClient): Merchant {
  const order = async (id: string, fields: string) =>
    (await admin.get<{ order: V2AdminOrder }>(`/admin/orders/${id}?fields=${fields}`)).order;
  const payments = async (id: string) =>
    (
      await order(id, 'payment_collections.payments.id,payment_collections.payments.amount')
    ).payment_collections?.flatMap((c) => c.payments ?? []) ?? [];
  const fulfillments = async (id: string) =>
    ((await order(id, 'fulfillments.id')).fulfillments ?? []).map((f) => f.id);
  return {
    async ordersOf(email) {
      const { customers } = await admin.get<{ customers: { id: string }[] }>(
        `/admin/customers?email=${encodeURIComponent(email)}&fields=id`,
      );
      const { orders } = await admin.get<{ orders: V2AdminOrder[] }>(
        `/admin/orders?customer_id=${first(customers, email).id}&order=created_at&limit=100&fields=id,display_id,items.id,items.title,items.quantity`,
      );
      return orders.map((o): AdminOrder => ({ id: o.id, displayId: o.display_id, lines: o.items }));
    },
    async capture({ id }) {
      for (const payment of await payments(id))
        await admin.post(`/admin/payments/${payment.id}/capture`, {});
    },
    async ship({ id }, lines, tracking) {
      const before = new Set(await fulfillments(id));
      await admin.post(`/admin/orders/${id}/fulfillments`, { items: lines });
      const created = (await fulfillments(id)).find((f) => !before.has(f));
      if (!created) throw new Error(`order ${id}: the new fulfillment is not in the answer`);
      await admin.post(`/admin/orders/${id}/fulfillments/${created}/shipments`, {
        items: lines,
        labels: tracking.map((t) => ({
          tracking_number: t.number,
          tracking_url: t.url,
          label_url: t.url,
        })),
      });
      return created;
    },
    async markDelivered({ id }, shipmentId) {
      await admin.post(`/admin/orders/${id}/fulfillments/${shipmentId}/mark-as-delivered`, {});
      return true;
    },
    async cancel({ id }) {
      await admin.post(`/admin/orders/${id}/cancel`, {});
    },
    async refund({ id }, amount) {
      const payment = first(await payments(id), `payment of order ${id}`);
      await admin.post(`/admin/payments/${payment.id}/refund`, {
        amount: amount === undefined ? payment.amount : amount / 100,
      });
    },
  };
}

/** The publishable API key the seed created; it lives in the database, so it survives resets. */
/**
 * The title the seed gives its publishable key (backend/medusa-v2/src/scripts/seed.ts), the
 * one linked to the store's sales channel. Medusa also creates a "Default Publishable API
 * Key" at first start; it answers /store/regions but lists none of the seeded products.
 */
const SEED_KEY_TITLE = 'Account storefront';

export async function readPublishableKey(ctx: BackendContext) {
  return withDatabase(ctx.databaseUrl, async (client) => {
    const { rows } = await client.query<{ token: string }>(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
      [SEED_KEY_TITLE],
    );
    const token = rows[0]?.token;
    if (!token) throw new Error(`no publishable key titled "${SEED_KEY_TITLE}": was the seed run?`);
    return token;
  });
}

// Medusa v2 (2.21.2): how to migrate, seed and start the dev backend in backend/medusa-v2.
// The store, its pictures and customers, and every order (carts completed with a payment
// session) are seeded by src/scripts/seed.ts through Medusa's workflows, with no server; what
// the merchant then does to the personas' orders goes through the running server's admin API.
import path from 'node:path';

import { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire/responses';
import type { BackendContext } from '../lib/backends';
import { withDatabase } from '../lib/postgres';
import { ROOT } from '../lib/run';
import { playMerchantSteps } from './merchant';
import { merchantOf } from './merchant-v2';
import { writeProductImages } from './product-images';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

import { totpCode } from '../lib/totp';
import {
  customersOf,
  DEV_ADMIN,
  DEV_MFA_ENCRYPTION_KEY,
  first,
  readWorld,
  StoreClient,
  type World,
  type WorldCustomer,
} from './world';

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

/**
 * Whether the dev backend runs with Medusa's translations: on unless MEDUSA_TRANSLATIONS is
 * `off` (medusa-config.ts reads the same variable).
 */
export const translationsOn = (env: NodeJS.ProcessEnv) =>
  env.MEDUSA_TRANSLATIONS?.trim().toLowerCase() !== 'off';

/**
 * What the merchant does to the personas' orders, and the catalogue's titles in the store's
 * other languages, as the merchant's account the seed made.
 */
export async function seedThroughApi(ctx: BackendContext) {
  const { token } = await new StoreClient(ctx.url).post<{ token: string }>('/auth/user/emailpass', {
    email: DEV_ADMIN.email,
    password: DEV_ADMIN.password,
  });
  const admin = new StoreClient(ctx.url, { authorization: `Bearer ${token}` });
  const world = readWorld();
  const store = new StoreClient(ctx.url, {}, await readPublishableKey(ctx));
  if (translationsOn(ctx.env)) await translateCatalogue(admin, world);
  await playMerchantSteps(merchantOf(admin, store), world, customersOf(world));
  await createAdminApiKey(admin, ctx);
  for (const customer of customersOf(world)) {
    if (customer.twoStep) await enableTwoStep(ctx, customer, customer.twoStep.secret);
  }
}

/**
 * The store's languages and each product's title in them, as a merchant adds them: the store's
 * supported locales (`POST /admin/stores/:id`; `GET /store/locales` lists them, and the
 * storefront takes its locale codes from there), then one translation per product and language
 * (`POST /admin/translations/batch`), under the store's code for the language (`de-DE`: Medusa
 * looks a translation up by its exact code). The orders are placed without a locale, so their
 * lines keep the English titles; only the product routes answer in another language.
 */
async function translateCatalogue(admin: StoreClient, world: World) {
  const { stores } = await admin.get<{ stores: { id: string }[] }>('/admin/stores?fields=id');
  await admin.post(`/admin/stores/${first(stores, 'store').id}`, {
    supported_locales: Object.values(world.locales).map((code) => ({ locale_code: code })),
  });
  const { products } = await admin.get<{ products: { id: string; handle: string }[] }>(
    '/admin/products?fields=id,handle&limit=100',
  );
  const idOf = new Map(products.map((product) => [product.handle, product.id]));
  const create = world.products.flatMap((product) =>
    Object.entries(product.translations ?? {}).map(([language, translations]) => {
      const id = idOf.get(product.handle);
      const locale = world.locales[language];
      if (!id || !locale) throw new Error(`cannot translate ${product.handle} into "${language}"`);
      return { reference: 'product', reference_id: id, locale_code: locale, translations };
    }),
  );
  const { created } = await admin.post<{ created: unknown[] }>('/admin/translations/batch', {
    create,
  });
  console.log(
    `  store languages ${Object.values(world.locales).join(', ')}; ${created.length} product titles translated`,
  );
}

/**
 * An authenticator secret as Medusa 2.21's TOTP provider keeps it: AES-256-GCM under the
 * SHA-256 of its encryption key, stored as `v1:<iv>:<tag>:<ciphertext>` (base64url).
 */
function encryptLikeMedusa(secret: string, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', createHash('sha256').update(key).digest(), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join(':');
}

/**
 * Turns two-step sign-in on for a seeded customer with a known secret, so tests and support
 * staff can compute its codes: the factor is enrolled through the API as a shopper would,
 * its (random) secret replaced in the database by the world's, and it is enabled with a code
 * computed from that secret, which proves the replacement took. The recovery codes Medusa
 * then hands out (it keeps them only hashed) go into the dev database's own table.
 */
async function enableTwoStep(ctx: BackendContext, customer: WorldCustomer, secret: string) {
  const { token } = await new StoreClient(ctx.url).post<{ token: string }>(
    '/auth/customer/emailpass',
    { email: customer.email, password: customer.password },
  );
  const asCustomer = new StoreClient(ctx.url, { authorization: `Bearer ${token}` });
  const { mfa_factor } = await asCustomer.post<{ mfa_factor: { id: string } }>(
    '/auth/mfa/factors',
    { provider: 'totp', label: customer.email },
  );
  await withDatabase(ctx.databaseUrl, (client) =>
    client.query(
      `UPDATE auth_mfa_factor SET provider_metadata = jsonb_set(provider_metadata::jsonb, '{secret}', to_jsonb($1::text)) WHERE id = $2`,
      [encryptLikeMedusa(secret, DEV_MFA_ENCRYPTION_KEY), mfa_factor.id],
    ),
  );
  await asCustomer.post(`/auth/mfa/factors/${mfa_factor.id}/verify`, { code: totpCode(secret) });
  const { recovery_codes } = await asCustomer.post<{ recovery_codes: string[] }>(
    '/auth/mfa/recovery-codes',
    {},
  );
  await keepDevSecret(ctx, recoveryCodesSecret(customer.email), JSON.stringify(recovery_codes));
  console.log(`  ${customer.email}: two-step sign-in on, ${recovery_codes.length} recovery codes`);
}

const recoveryCodesSecret = (email: string) => `recovery_codes:${email}`;

/** The recovery codes the seed was given for a protected customer (each works once per reset). */
export async function readRecoveryCodes(databaseUrl: string, email: string): Promise<string[]> {
  const value = await readDevSecret(databaseUrl, recoveryCodesSecret(email));
  return value ? (JSON.parse(value) as string[]) : [];
}

/** The title of the secret API key the seed makes for the storefront's server. */
const ADMIN_KEY_TITLE = 'Account storefront server (profile photos)';

/**
 * Medusa keeps a secret API key's token only hashed and shows it once, when it is made. The
 * seed keeps that token in a table of the dev database's own (not Medusa's), so it is in
 * the seeded snapshot and every reset. Development only.
 */
const DEV_SECRETS = 'storefront_dev_secret';

async function keepDevSecret(ctx: BackendContext, name: string, value: string) {
  await withDatabase(ctx.databaseUrl, async (client) => {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${DEV_SECRETS} (name text PRIMARY KEY, value text NOT NULL)`,
    );
    await client.query(
      `INSERT INTO ${DEV_SECRETS} (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
      [name, value],
    );
  });
}

async function readDevSecret(databaseUrl: string, name: string): Promise<string | undefined> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client
      .query<{ value: string }>(`SELECT value FROM ${DEV_SECRETS} WHERE name = $1`, [name])
      .catch(() => ({ rows: [] as { value: string }[] }));
    return rows[0]?.value;
  });
}

async function createAdminApiKey(admin: StoreClient, ctx: BackendContext) {
  const { api_key } = await admin.post<{ api_key: { token: string } }>('/admin/api-keys', {
    title: ADMIN_KEY_TITLE,
    type: 'secret',
  });
  await keepDevSecret(ctx, 'admin_api_key', api_key.token);
}

/** The storefront server's admin credentials (profile photos), as the seed kept them. */
export async function readAdminApiKey(ctx: BackendContext) {
  return readDevSecret(ctx.databaseUrl, 'admin_api_key');
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

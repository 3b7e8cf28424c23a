// Medusa v2 (2.21.2): how to migrate, seed and start the dev backend in backend/medusa-v2.
// Everything, orders included, is seeded by src/scripts/seed.ts through Medusa's workflows
// (carts completed with a payment session), so no server is needed while seeding.
import path from 'node:path';

import { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire';
import type { BackendContext } from '../lib/backends';
import { withDatabase } from '../lib/postgres';
import { ROOT } from '../lib/run';

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
  await ctx.exec(process.execPath, [medusaBin, 'exec', './src/scripts/seed.ts']);
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

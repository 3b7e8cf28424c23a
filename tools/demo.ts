// The demo: a seeded Medusa backend plus the storefront on http://localhost:3000.
//
//   npm run demo                     # Medusa v2, the maintained line
//   MEDUSA_VERSION=v1 npm run demo   # Medusa v1
//   PORT=3005 npm run demo
//
// Ctrl+C stops the storefront and the backend. Needs only Node 20: npm packages (through
// tools/bootstrap.mjs), the backend and an embedded PostgreSQL are installed on first run.
import { DEMO_SESSION_SECRET } from '../lib/dev-secrets';
import { DEV_ORDER_EVENTS } from './lib/order-events';
import * as backends from './lib/backends';
import { STOREFRONT_NODE_FLAGS, storefrontEnv } from './lib/storefront';
import { banner, run } from './lib/run';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const version = process.env.MEDUSA_VERSION ?? 'v2';
const port = process.env.PORT ?? '3000';

banner(`Starting the seeded Medusa ${version} backend`);
const info = await backends.up(backends.checkVersion(version));

banner('Building the storefront');
if ((await run('npx', ['next', 'build'])) !== 0) {
  console.error('The storefront did not build.');
  process.exit(1);
}

const env = {
  ...storefrontEnv(
    info.version,
    info.url,
    info,
    // Development-only: a real store sets its own secret of at least 32 characters.
    process.env.SESSION_SECRET ?? DEMO_SESSION_SECRET,
    // The order cache, on where the dev backend tells this port of order changes (it tells
    // the ports in DEV_ORDER_EVENTS); development-only secret.
    {
      orderCache: DEV_ORDER_EVENTS.storefronts.split(',').some((url) => new URL(url).port === port),
    },
  ),
  // The demo is served over plain http on localhost.
  SESSION_COOKIE_SECURE: 'false',
};

banner('Demo ready');
console.log(`Storefront:   http://localhost:${port}/account`);
console.log(`Medusa ${version}:    ${info.url}`);
console.log(
  `Sign in as:   ${process.env.DEMO_EMAIL ?? 'demo@example.com'} / ${process.env.DEMO_PASSWORD ?? 'demo-password-1'}`,
);
console.log('Reset mails:  npm run backend -- outbox');
console.log('Press Ctrl+C to stop the storefront and the backend.\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await backends.down(info.version).catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// execa ends the storefront too if this process exits first (a SIGTERM sent to us alone).
await run('node', [...STOREFRONT_NODE_FLAGS, 'server.mjs', '-p', port], { env });
await stop();

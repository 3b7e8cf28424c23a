// `npm run dev`: Next's development server against the seeded dev backend, which it starts
// (and seeds on first run) if it is not running, with the backend's publishable key and admin
// credentials handed over, as the demo does.
//
//   npm run dev                      # Medusa v2
//   MEDUSA_VERSION=v1 npm run dev    # Medusa v1
//   PORT=3005 npm run dev
//
// Ctrl+C stops Next; the backend keeps running (`npm run backend -- down` stops it).
import * as backends from './lib/backends';
import { banner, run } from './lib/run';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const version = backends.checkVersion(process.env.MEDUSA_VERSION ?? 'v2');
const port = process.env.PORT ?? '3000';

banner(`Starting the seeded Medusa ${version} backend`);
const info = await backends.up(version);

banner(`next dev on http://localhost:${port}/account`);
const code = await run('npx', ['next', 'dev', '-p', port], {
  env: {
    ...process.env,
    MEDUSA_VERSION: version,
    MEDUSA_BACKEND_URL: info.url,
    // Settings of the caller's own win over the dev backend's.
    ...(info.publishableKey && !process.env.MEDUSA_PUBLISHABLE_KEY
      ? { MEDUSA_PUBLISHABLE_KEY: info.publishableKey }
      : {}),
    // Development only: the dev backend's admin credentials, for profile photos.
    ...(info.adminApiKey && !process.env.MEDUSA_ADMIN_API_KEY
      ? { MEDUSA_ADMIN_API_KEY: info.adminApiKey }
      : {}),
  },
});
process.exit(code);

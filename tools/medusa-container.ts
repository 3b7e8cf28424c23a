// The entry point of the seeded Medusa images (backend/Dockerfile, one per version),
// bundled into one file when the image is built. It runs the steps of `npm run backend`
// (tools/lib/backends.ts) the way a container needs them: output to the container's log,
// Medusa in the foreground, PostgreSQL, Redis and the shared files given by the environment.
//
//   start (default)  wait for PostgreSQL; seed an empty database, or migrate when the image
//                    changed; hand the seed's publishable key to the storefront (v2); run Medusa
//   reset            back to the seeded state in seconds (restart the service afterwards)
//   outbox [--json]  the latest mails (password resets, orders to add), with their links
//   install          the backend's build step, once, when the image is built
//
// Environment: MEDUSA_VERSION (set by the image); DATABASE_URL, the PostgreSQL server (the
// backend creates its databases there: medusa_account_<version> and its seeded snapshot
// medusa_account_<version>_seed); MEDUSA_OUTBOX_FILE; MEDUSA_PUBLISHABLE_KEY_FILE (v2);
// MEDUSA_ADMIN_API_KEY_FILE (the storefront server's admin credentials, for profile photos);
// REDIS_URL (v2: Medusa's modules; reset empties that Redis database); STOREFRONT_URL;
// MEDUSA_PUBLIC_URL (the URL the storefront reaches this backend by, which uploaded files'
// URLs start with); MEDUSA_SEED_PORT (v1's temporary seeding server).
import fs from 'node:fs';
import path from 'node:path';

import * as backends from './lib/backends';

process.env.MEDUSA_DISABLE_TELEMETRY = 'true';
// The address the files' URLs are made with: where other containers reach this one (compose
// names the service). Never the temporary seeding server's port.
process.env.MEDUSA_PUBLIC_URL ||= 'http://localhost:9000';

const [command = 'start', ...rest] = process.argv.slice(2);
const version = backends.checkVersion(process.env.MEDUSA_VERSION ?? 'v2');
const b = backends.backend(version, {
  outboxFile: process.env.MEDUSA_OUTBOX_FILE || undefined,
  inheritOutput: true,
  // v1 seeds through a temporary server: off the real port, so the image's health check
  // turns green only once the seeded server listens there.
  seedPort: Number(process.env.MEDUSA_SEED_PORT ?? 9100),
  refuseHalfSeeded: true,
});
const keyFile = process.env.MEDUSA_PUBLISHABLE_KEY_FILE || undefined;
const adminKeyFile = process.env.MEDUSA_ADMIN_API_KEY_FILE || undefined;

/** A folder we must write to (a volume): created if missing, and checked now rather than when a mail is lost. */
function writableFolder(file: string, what: string) {
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new Error(
      `${what}: ${dir} is not writable by this container's user (uid ${process.getuid?.()}); ` +
        'give the volume to uid 1000, or mount a fresh named volume there',
    );
  }
}

/** Writes the file whole or not at all, so a reader never sees half a key. */
function writeAtomically(file: string, text: string) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, text, { mode: 0o644 });
  fs.renameSync(temporary, file);
}

async function start() {
  writableFolder(b.ctx.outboxFile, 'MEDUSA_OUTBOX_FILE');
  if (keyFile) writableFolder(keyFile, 'MEDUSA_PUBLISHABLE_KEY_FILE');
  if (adminKeyFile) writableFolder(adminKeyFile, 'MEDUSA_ADMIN_API_KEY_FILE');
  await backends.prepareDatabase(b);
  if (keyFile) {
    const key = await b.mod.readPublishableKey?.(b.ctx);
    if (key) {
      writeAtomically(keyFile, key);
      console.log(`Publishable key of the seeded store written to ${keyFile}`);
    } else console.log(`Medusa ${version} has no publishable key: ${keyFile} not written`);
  }
  if (adminKeyFile) {
    const key = await b.mod.readAdminApiKey?.(b.ctx);
    if (key) {
      writeAtomically(adminKeyFile, key);
      console.log(
        `The storefront server's admin API key (development only) written to ${adminKeyFile}`,
      );
    } else
      console.log(
        `Medusa ${version} has no admin API key for the storefront: ${adminKeyFile} not written`,
      );
  }
  process.exit(await backends.serve(b));
}

async function reset() {
  const began = Date.now();
  await backends.resetDatabase(b);
  console.log(
    `Medusa ${version} reset to the seeded state in ${((Date.now() - began) / 1000).toFixed(1)} s; restart the service now`,
  );
}

try {
  switch (command) {
    case 'start':
      await start();
      break;
    case 'reset':
      await reset();
      break;
    case 'outbox':
      for (const line of backends.outboxLines(b, { json: rest.includes('--json') }))
        console.log(line);
      break;
    case 'install':
      await backends.install(b);
      break;
    default:
      console.error(`Unknown command "${command}". Use start, reset, outbox or install.`);
      process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

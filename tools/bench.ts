// `npm run bench`: how fast the signed-in account pages are on a seeded Medusa, next to what
// the backend itself costs for the same calls. Brings up the seeded backend (v2 unless
// `--version v1`) and the production storefront, creates signed-in customers with orders
// through the store API, then measures, each on a quiet machine, repeated, as medians:
//   - each page sequentially (p50, p95) beside the backend floor: the Medusa calls that page
//     made, replayed directly (calls the page made at the same time replayed at the same time);
//     and, for the storefront's own share, a page that asks Medusa nothing and the trivial page;
//   - requests/s, p50 and p99 at N concurrent sessions (autocannon) on the overview and orders;
//   - the storefront's and Medusa's (and the embedded PostgreSQL's) CPU ms per request, and the
//     storefront's resident memory under that load;
//   - the JavaScript each page loads (gzip), beside a trivial page of the app (the floor).
// Everything talks to loopback only, with bounded counts and durations. Writes a Markdown
// table and a JSON file to .data/bench/. Not a test: nothing here passes or fails on figures.
//
//   npm run bench                    # v2, 20 sessions
//   npm run bench -- --version v1
//   npm run bench -- --smoke         # seconds, not minutes: what CI runs so it cannot rot
//   npm run bench -- --order-cache off   # the storefront without its order cache
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import autocannon from 'autocannon';

// Development only: the storefront the benchmark starts signs its cookies with it.
import { BENCH_SESSION_SECRET as SESSION_SECRET } from '../lib/dev-secrets';
import * as backends from './lib/backends';
import { usesEmbedded } from './lib/postgres';
import { DATA } from './lib/paths';
import { ROOT, run, waitForAnswer } from './lib/run';
import { createShopper, orderMaterials, placeOrder } from './lib/store-orders';
import { STOREFRONT_NODE_FLAGS, storefrontCookie, storefrontEnv } from './lib/storefront';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const smoke = args.includes('--smoke');
// The order cache is on unless `--order-cache off`. With it on, the loads are also run, in the
// same rounds, against a second storefront with the cache off, for the ratio between the two.
const orderCache = option('order-cache') !== 'off';
const version = backends.checkVersion(option('version') ?? 'v2');
const settings = {
  sessions: Number(option('sessions') ?? (smoke ? 4 : 20)),
  ordersEach: Number(option('orders') ?? (smoke ? 1 : 4)),
  loadSeconds: Number(option('duration') ?? (smoke ? 2 : 10)),
  repeats: Number(option('repeat') ?? (smoke ? 1 : 3)),
  sequential: Number(option('requests') ?? (smoke ? 5 : 40)),
};

const STOREFRONT_PORT = 3230;
/** The storefront without the order cache, for the comparison (3231 is the recording one). */
const UNCACHED_PORT = 3232;
const RECORDER_PORT = 9830;
const HOST = '127.0.0.1';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- the machine -------------------------------------------------------------------------

function cpuTimes() {
  const [, ...fields] = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/);
  const numbers = fields.filter(Boolean).map(Number);
  const idle = (numbers[3] ?? 0) + (numbers[4] ?? 0);
  return { idle, total: numbers.reduce((sum, n) => sum + n, 0) };
}

/** Waits (at most 30 s) until the machine is at least 80 % idle over a second. */
async function waitForQuiet(): Promise<number> {
  let busy = 1;
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const before = cpuTimes();
    await sleep(1000);
    const after = cpuTimes();
    busy = 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (busy < 0.2) return busy;
  }
  console.warn(`  (the machine stayed ${Math.round(busy * 100)} % busy; measuring anyway)`);
  return busy;
}

const TICKS_PER_SECOND = 100;

function processTable() {
  const table: { pid: number; ppid: number; ticks: number; rssKb: number; cmdline: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      table.push({
        pid: Number(entry),
        ppid: Number(rest[1]),
        ticks: Number(rest[11]) + Number(rest[12]),
        rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
        cmdline: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' '),
      });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/**
 * CPU time and resident memory of a process and its descendants, or of the processes whose
 * command line holds `matching` and their descendants (PostgreSQL's workers rename
 * themselves; only its main process names the data directory).
 */
function usage(select: { root?: number; matching?: string }) {
  const table = processTable();
  const chosen = new Set<number>();
  if (select.root) chosen.add(select.root);
  if (select.matching)
    for (const p of table) if (p.cmdline.includes(select.matching)) chosen.add(p.pid);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of table)
      if (chosen.has(p.ppid) && !chosen.has(p.pid)) {
        chosen.add(p.pid);
        grew = true;
      }
  }
  const mine = table.filter((p) => chosen.has(p.pid));
  return {
    cpuMs: (mine.reduce((sum, p) => sum + p.ticks, 0) * 1000) / TICKS_PER_SECOND,
    rssMb: mine.reduce((sum, p) => sum + p.rssKb, 0) / 1024,
  };
}

// --- the storefront ----------------------------------------------------------------------

function startStorefront(
  port: number,
  backendUrl: string,
  state: backends.BackendState,
  withOrderCache = orderCache,
) {
  const args = [...STOREFRONT_NODE_FLAGS, 'server.mjs', '-p', String(port), '-H', HOST];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      ...storefrontEnv(version, backendUrl, state, SESSION_SECRET, {
        orderCache: withOrderCache,
      }),
    },
  });
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  for (let i = 0; i < 40 && child.exitCode === null; i += 1) await sleep(250);
  if (child.exitCode === null) child.kill('SIGKILL');
}

// --- the backend floor -------------------------------------------------------------------

type Call = {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  start: number;
  end: number;
};

/** A pass-through proxy in front of Medusa that keeps each call the storefront makes. */
function startRecorder(target: string) {
  const calls: Call[] = [];
  const server = http.createServer((req, res) => {
    const call: Call = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: { ...req.headers, host: new URL(target).host },
      start: performance.now(),
      end: 0,
    };
    const upstream = http.request(
      new URL(call.url, target),
      { method: call.method, headers: call.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => {
          call.end = performance.now();
          calls.push(call);
        });
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise<{ server: http.Server; calls: Call[] }>((resolve) =>
    server.listen(RECORDER_PORT, HOST, () => resolve({ server, calls })),
  );
}

/** Calls that overlapped in time ran together: groups, in order. */
function concurrentGroups(calls: Call[]): Call[][] {
  const groups: Call[][] = [];
  let groupEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.start - b.start)) {
    if (call.start < groupEnd && groups.length) groups.at(-1)!.push(call);
    else groups.push([call]);
    groupEnd = Math.max(groupEnd, call.end);
  }
  return groups;
}

async function replay(groups: Call[][], target: string): Promise<number> {
  const started = performance.now();
  for (const group of groups) {
    await Promise.all(
      group.map(async (call) => {
        const headers = Object.fromEntries(
          Object.entries(call.headers).filter(
            (entry): entry is [string, string] =>
              typeof entry[1] === 'string' && !['content-length', 'connection'].includes(entry[0]),
          ),
        );
        const response = await fetch(new URL(call.url, target), { method: call.method, headers });
        await response.arrayBuffer();
      }),
    );
  }
  return performance.now() - started;
}

// --- JavaScript --------------------------------------------------------------------------

const scriptSizes = new Map<string, number>();

/** The gzip size of the scripts a page's HTML loads (its first load). */
async function javascriptKb(base: string, pagePath: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const source of new Set(sources)) {
    if (!scriptSizes.has(source)) {
      const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
      scriptSizes.set(source, gzipSync(body, { level: 9 }).length);
    }
    bytes += scriptSizes.get(source)!;
  }
  return bytes / 1024;
}

// --- the run -----------------------------------------------------------------------------

type PageFigures = {
  page: string;
  p50: number;
  p95: number;
  floorP50: number;
  calls: number;
  jsKb: number;
};
type LoadFigures = {
  page: string;
  /** Whether the storefront under load kept orders in its order cache. */
  orderCache: boolean;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  storefrontCpuMs: number;
  medusaCpuMs: number;
  postgresCpuMs: number | null;
  storefrontRssMb: number;
  non2xx: number;
};

/** Requests/s with the order cache over without, per page, where both were measured. */
function throughputRatios(load: LoadFigures[]) {
  return load.flatMap((cached) => {
    const without = load.find((l) => l.page === cached.page && !l.orderCache);
    return cached.orderCache && without
      ? [{ page: cached.page, ratio: cached.requestsPerSecond / without.requestsPerSecond }]
      : [];
  });
}

async function main() {
  const startedAt = new Date();
  console.log(
    `Benchmark on Medusa ${version} (${smoke ? 'smoke: short runs, figures not meaningful' : 'full'}): ${JSON.stringify({ ...settings, orderCache })}`,
  );
  const wasUp = (await backends.running(version)).up;
  const state = await backends.up(version);
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('No production build: npm run build…');
    if ((await run('npm', ['run', 'build'])) !== 0) throw new Error('the build failed');
  }
  const children: ChildProcess[] = [];
  try {
    // Customers, each signed in, with orders, through the store API.
    const stamp = Date.now().toString(36);
    const shoppers: { email: string; session: string; orderId: string }[] = [];
    const first = await createShopper(version, state.url, state.publishableKey, {
      email: `bench-${stamp}-0@example.com`,
      password: 'bench-pass-1',
      firstName: 'Bea',
      lastName: 'Bench',
    });
    const materials = await orderMaterials(first);
    for (let n = 0; n < settings.sessions; n += 1) {
      const email = `bench-${stamp}-${n}@example.com`;
      const shopper =
        n === 0
          ? first
          : await createShopper(version, state.url, state.publishableKey, {
              email,
              password: 'bench-pass-1',
              firstName: 'Bea',
              lastName: 'Bench',
            });
      let orderId = '';
      for (let o = 0; o < settings.ordersEach; o += 1)
        orderId = await placeOrder(shopper, {
          email,
          regionId: materials.regionId,
          items: [{ variantId: materials.variantId, quantity: 1 }],
        });
      shoppers.push({ email, session: shopper.medusaSession, orderId });
    }
    console.log(`  ${shoppers.length} customers signed in, ${settings.ordersEach} orders each`);
    const cookies = shoppers.map((s) => storefrontCookie(s.session, SESSION_SECRET));
    const one = shoppers[0]!;
    const pages = [
      '/account',
      '/account/orders',
      `/account/orders/${one.orderId}`,
      '/account/profile',
      '/account/addresses',
    ];
    const label = (page: string) => page.replace(one.orderId, '[id]');

    // The Medusa calls each page makes, recorded once through a pass-through proxy.
    const recorder = await startRecorder(state.url);
    const recording = startStorefront(
      STOREFRONT_PORT + 1,
      `http://${HOST}:${RECORDER_PORT}`,
      state,
    );
    children.push(recording);
    const recordingBase = `http://${HOST}:${STOREFRONT_PORT + 1}`;
    await waitForAnswer(`${recordingBase}/api/health`);
    const callsOf = new Map<string, Call[][]>();
    for (const page of pages) {
      await fetch(`${recordingBase}${page}`, { headers: { cookie: cookies[0]! } }).then((r) =>
        r.text(),
      );
      recorder.calls.length = 0;
      const response = await fetch(`${recordingBase}${page}`, { headers: { cookie: cookies[0]! } });
      await response.text();
      if (response.status !== 200) throw new Error(`${page}: HTTP ${response.status}`);
      await sleep(50);
      callsOf.set(page, concurrentGroups(recorder.calls));
    }
    await stop(recording);
    recorder.server.close();

    const storefront = startStorefront(STOREFRONT_PORT, state.url, state);
    children.push(storefront);
    const base = `http://${HOST}:${STOREFRONT_PORT}`;
    await waitForAnswer(`${base}/api/health`);
    const floorJs = await javascriptKb(base, '/', '');
    // The pages a shopper reaches signed out, by the same measure (they do not change with a
    // session or between rounds).
    const signedOutJs = [];
    for (const page of ['/account/login', '/account/register', '/account/forgot-password'])
      signedOutJs.push({ page, jsKb: await javascriptKb(base, page, '') });

    // The same storefront without the order cache, for the comparison under load.
    let uncached: { child: ChildProcess; base: string } | null = null;
    if (orderCache) {
      const child = startStorefront(UNCACHED_PORT, state.url, state, false);
      children.push(child);
      uncached = { child, base: `http://${HOST}:${UNCACHED_PORT}` };
      await waitForAnswer(`${uncached.base}/api/health`);
      await fetch(`${uncached.base}/account`, { headers: { cookie: cookies[0]! } }).then((r) =>
        r.text(),
      );
    }

    /** One page at N sessions for the load's duration, on one storefront. */
    const underLoad = async (
      target: { child: ChildProcess; base: string },
      page: string,
      cached: boolean,
    ): Promise<LoadFigures> => {
      await waitForQuiet();
      let next = 0;
      let peakRss = 0;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, usage({ root: target.child.pid }).rssMb);
      }, 250);
      const before = {
        storefront: usage({ root: target.child.pid }).cpuMs,
        medusa: state.pid ? usage({ root: state.pid }).cpuMs : 0,
        postgres: usesEmbedded() ? usage({ matching: path.join(DATA, 'pg') }).cpuMs : null,
      };
      const result = await autocannon({
        url: `${target.base}${page}`,
        connections: settings.sessions,
        duration: settings.loadSeconds,
        // Each connection is one shopper with a session of their own.
        requests: [
          {
            setupRequest: (request, context) => {
              const connection = context as { cookie?: string };
              connection.cookie ??= cookies[next++ % cookies.length]!;
              return { ...request, headers: { ...request.headers, cookie: connection.cookie } };
            },
          },
        ],
      });
      clearInterval(sampler);
      const total = result.requests.total || 1;
      const after = {
        storefront: usage({ root: target.child.pid }).cpuMs,
        medusa: state.pid ? usage({ root: state.pid }).cpuMs : 0,
        postgres:
          before.postgres === null ? null : usage({ matching: path.join(DATA, 'pg') }).cpuMs,
      };
      return {
        page,
        orderCache: cached,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        storefrontCpuMs: (after.storefront - before.storefront) / total,
        medusaCpuMs: (after.medusa - before.medusa) / total,
        postgresCpuMs:
          after.postgres === null || before.postgres === null
            ? null
            : (after.postgres - before.postgres) / total,
        storefrontRssMb: peakRss,
        non2xx: result.non2xx + result.errors,
      };
    };

    const pageRuns: PageFigures[][] = [];
    const noBackendP50s: number[] = [];
    const trivialP50s: number[] = [];
    const signedOutP50 = async (page: string) => {
      const times: number[] = [];
      for (let i = 0; i < settings.sequential; i += 1) {
        const started = performance.now();
        await fetch(`${base}${page}`).then((r) => r.text());
        times.push(performance.now() - started);
      }
      return percentile(times, 50);
    };
    const loadRuns: LoadFigures[][] = [];
    for (let round = 1; round <= settings.repeats; round += 1) {
      console.log(`  round ${round} of ${settings.repeats}`);
      const pageFigures: PageFigures[] = [];
      for (const page of pages) {
        const groups = callsOf.get(page)!;
        for (let i = 0; i < 3; i += 1) {
          await fetch(`${base}${page}`, { headers: { cookie: cookies[0]! } }).then((r) => r.text());
          await replay(groups, state.url);
        }
        await waitForQuiet();
        const times: number[] = [];
        const floors: number[] = [];
        for (let i = 0; i < settings.sequential; i += 1) {
          const started = performance.now();
          await fetch(`${base}${page}`, { headers: { cookie: cookies[0]! } }).then((r) => r.text());
          times.push(performance.now() - started);
          floors.push(await replay(groups, state.url));
        }
        pageFigures.push({
          page: label(page),
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          floorP50: percentile(floors, 50),
          calls: groups.flat().length,
          jsKb: await javascriptKb(base, page, cookies[0]!),
        });
      }
      pageRuns.push(pageFigures);
      // The storefront's own share of a page: a dynamic page that asks Medusa nothing, and the
      // app's trivial page (what Next itself costs to render a page per request).
      await waitForQuiet();
      noBackendP50s.push(await signedOutP50('/account/login'));
      trivialP50s.push(await signedOutP50('/'));

      const loadFigures: LoadFigures[] = [];
      for (const page of ['/account', '/account/orders']) {
        // Without the cache first, then with it, in the same round: their ratio is the gain.
        if (uncached) loadFigures.push(await underLoad(uncached, page, false));
        loadFigures.push(await underLoad({ child: storefront, base }, page, orderCache));
      }
      loadRuns.push(loadFigures);
    }

    // Medians over the rounds.
    const pageMedians = pageRuns[0]!.map((first, index) => {
      const of = (key: keyof Omit<PageFigures, 'page'>) =>
        median(pageRuns.map((r) => r[index]![key]));
      return {
        page: first.page,
        p50: of('p50'),
        p95: of('p95'),
        floorP50: of('floorP50'),
        calls: first.calls,
        jsKb: of('jsKb'),
      };
    });
    const loadMedians = loadRuns[0]!.map((first, index) => {
      const of = (key: keyof Omit<LoadFigures, 'page' | 'orderCache' | 'postgresCpuMs'>) =>
        median(loadRuns.map((r) => r[index]![key]));
      const pg = loadRuns
        .map((r) => r[index]!.postgresCpuMs)
        .filter((v): v is number => v !== null);
      return {
        page: first.page,
        orderCache: first.orderCache,
        requestsPerSecond: of('requestsPerSecond'),
        p50: of('p50'),
        p99: of('p99'),
        storefrontCpuMs: of('storefrontCpuMs'),
        medusaCpuMs: of('medusaCpuMs'),
        postgresCpuMs: pg.length ? median(pg) : null,
        storefrontRssMb: of('storefrontRssMb'),
        non2xx: Math.max(...loadRuns.map((r) => r[index]!.non2xx)),
      };
    });

    const report = {
      version,
      smoke,
      at: startedAt.toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      settings,
      orderCache,
      javascriptFloorKb: floorJs,
      signedOutJavascript: signedOutJs,
      noBackendPageP50: median(noBackendP50s),
      trivialPageP50: median(trivialP50s),
      pages: pageMedians,
      load: loadMedians,
      throughputRatios: throughputRatios(loadMedians),
    };
    const f = (n: number | null, digits = 0) =>
      n === null || Number.isNaN(n) ? '—' : n.toFixed(digits);
    const markdown = [
      `## Benchmark: Medusa ${version}${smoke ? ' (smoke run: figures not meaningful)' : ''}`,
      '',
      `${startedAt.toISOString()}; ${report.machine.cpus} cores, Node ${process.version}; ${settings.sessions} sessions, ${settings.ordersEach} orders each; medians of ${settings.repeats} round(s); order cache ${orderCache ? 'on' : 'off'}.`,
      '',
      '| page | Medusa calls | p50 ms | p95 ms | backend floor p50 ms | p50 / floor | storefront ms (p50 − floor) | JS kB gzip | JS over the floor kB |',
      '|---|---|---|---|---|---|---|---|---|',
      ...pageMedians.map(
        (p) =>
          `| \`${p.page}\` | ${p.calls} | ${f(p.p50, 1)} | ${f(p.p95, 1)} | ${f(p.floorP50, 1)} | ${f(p.p50 / p.floorP50, 2)} | ${f(p.p50 - p.floorP50, 1)} | ${f(p.jsKb, 1)} | ${f(p.jsKb - floorJs, 1)} |`,
      ),
      '',
      `A dynamic page that asks Medusa nothing (\`/account/login\`, signed out): p50 ${f(report.noBackendPageP50, 1)} ms; the app's trivial page (\`/\`): p50 ${f(report.trivialPageP50, 1)} ms, what Next itself takes to render a page for one request.`,
      '',
      `JavaScript floor (a trivial page, \`/\`): ${f(floorJs, 1)} kB gzip. Signed out: ${signedOutJs
        .map((p) => `\`${p.page}\` ${f(p.jsKb, 1)} kB (+${f(p.jsKb - floorJs, 1)})`)
        .join(', ')}.`,
      '',
      `| under load (${settings.sessions} sessions, ${settings.loadSeconds} s) | order cache | requests/s | p50 ms | p99 ms | storefront CPU ms/req | Medusa CPU ms/req | PostgreSQL CPU ms/req | storefront RSS MB (peak) | non-2xx |`,
      '|---|---|---|---|---|---|---|---|---|---|',
      ...loadMedians.map(
        (l) =>
          `| \`${l.page}\` | ${l.orderCache ? 'on' : 'off'} | ${f(l.requestsPerSecond, 1)} | ${f(l.p50)} | ${f(l.p99)} | ${f(l.storefrontCpuMs, 1)} | ${f(l.medusaCpuMs, 1)} | ${f(l.postgresCpuMs, 1)} | ${f(l.storefrontRssMb)} | ${l.non2xx} |`,
      ),
      '',
      ...report.throughputRatios.map(
        (r) =>
          `Throughput with the order cache on \`${r.page}\`: ${f(r.ratio, 2)}× the same storefront's without it.`,
      ),
      '',
    ].join('\n');
    const dir = path.join(DATA, 'bench');
    fs.mkdirSync(dir, { recursive: true });
    const name = `${version}-${smoke ? 'smoke-' : ''}${startedAt.toISOString().replace(/[:.]/g, '-')}`;
    fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, `${name}.md`), markdown);
    console.log(`\n${markdown}\nWritten to .data/bench/${name}.md and .json`);
    if (loadMedians.some((l) => l.non2xx > 0)) {
      console.error('Some requests under load were not answered 200: the figures are not valid.');
      process.exitCode = 1;
    }
  } finally {
    for (const child of children) await stop(child);
    if (!wasUp) await backends.down(version);
  }
}

await main();

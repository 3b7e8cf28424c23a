// Counts the Medusa calls each account page makes per request. A counting HTTP proxy sits
// between a production storefront and the running seeded backend; each page is requested
// once to warm up (the shared country list, Next's caches) and then measured.
//
//   npm run build && npm run backend -- up v1 && npm run backend -- up v2
//   node tools/bootstrap.mjs measure-backend-calls [v1] [v2]
import fs from 'node:fs';
import http from 'node:http';

import { execa } from 'execa';

// Development only: the storefront this script starts signs its cookies with it.
import { MEASURE_SESSION_SECRET as SESSION_SECRET } from '../lib/dev-secrets';
import { PHOTO_FIELD, PHOTO_PATH } from '../lib/profile-photo-rules';
import { jpegWithGps } from '../tests/support/images';
import { customersOf, first, readWorld } from './backends/world';
import type { BackendState, MedusaVersion } from './lib/backends';
import { stateFile } from './lib/paths';
import { ROOT, waitForAnswer } from './lib/run';
import { signInAtStore } from './lib/store-orders';
import { storefrontCookie, storefrontEnv } from './lib/storefront';

const PROXY_PORT = 9810;
const STOREFRONT_PORT = 3210;
const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['v1', 'v2'];

function startCountingProxy(target: string) {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    calls.push(`${req.method} ${url.split('?')[0]}`);
    const upstream = http.request(
      new URL(url, target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise<{ server: http.Server; calls: string[] }>((resolve) =>
    server.listen(PROXY_PORT, '127.0.0.1', () => resolve({ server, calls })),
  );
}

async function measure(version: string) {
  const state: BackendState = JSON.parse(fs.readFileSync(stateFile(version), 'utf8'));
  const demo = first(customersOf(readWorld()), 'customer in backend/seed-world.json');
  const session = await signInAtStore(version as MedusaVersion, state.url, demo);
  const { server, calls } = await startCountingProxy(state.url);
  // Its own process group, so stopping it also stops whatever it started.
  const storefront = execa('node', ['server.mjs', '-p', String(STOREFRONT_PORT)], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
    reject: false,
    env: storefrontEnv(
      version as MedusaVersion,
      `http://127.0.0.1:${PROXY_PORT}`,
      state,
      SESSION_SECRET,
    ),
  });
  try {
    await waitForAnswer(`http://localhost:${STOREFRONT_PORT}/account/login`);
    const cookie = storefrontCookie(session, SESSION_SECRET);
    const get = (path: string) =>
      fetch(`http://localhost:${STOREFRONT_PORT}${path}`, {
        headers: { cookie },
        redirect: 'manual',
      }).then((r) => r.text());
    const html = await get('/account/orders');
    const orderId = /\/account\/orders\/(order_[A-Za-z0-9]+)/.exec(html)?.[1];
    const addressId = /\/account\/addresses\/([A-Za-z0-9_]+)\/edit/.exec(
      await get('/account/addresses'),
    )?.[1];
    const report = (what: string, ms: number) =>
      console.log(
        `  ${what.padEnd(60)} ${String(calls.length).padStart(2)} calls  ${ms.toFixed(0).padStart(4)} ms   ${calls.join(', ')}`,
      );
    /** A first photo, a replacement, and its removal, as the profile's form posts them. */
    async function measurePhotoUploads(cookie: string) {
      const post = async (what: string, form: FormData) => {
        calls.length = 0;
        const started = performance.now();
        const response = await fetch(`http://localhost:${STOREFRONT_PORT}${PHOTO_PATH}`, {
          method: 'POST',
          headers: { cookie, accept: 'application/json' },
          body: form,
        });
        const { outcome } = (await response.json()) as { outcome?: string };
        report(`POST ${PHOTO_PATH} (${what}: ${outcome})`, performance.now() - started);
      };
      const photo = async () => {
        const form = new FormData();
        form.append(
          PHOTO_FIELD,
          new Blob([new Uint8Array(await jpegWithGps())], { type: 'image/jpeg' }),
          'me.jpg',
        );
        return form;
      };
      await post('first photo', await photo());
      await post('replace', await photo());
      const remove = new FormData();
      remove.append('intent', 'remove');
      await post('remove', remove);
    }
    const pages = [
      '/account',
      '/account/profile',
      '/account/addresses',
      '/account/addresses/new',
      `/account/addresses/${addressId}/edit`,
      '/account/orders?page=2',
      `/account/orders/${orderId}`,
      `/account/orders/${orderId}/receipt`,
      `/account/orders/${orderId}/return`,
      '/account/login',
    ];
    const counted = new Map<string, number>();
    console.log(
      `\nMedusa ${version}: Medusa calls per storefront request (after one warm-up request each)`,
    );
    for (const path of pages) {
      await get(path);
      calls.length = 0;
      const started = performance.now();
      await get(path);
      const ms = performance.now() - started;
      counted.set(path, calls.length);
      report(path, ms);
    }
    // A receipt reads what its order's page reads, and nothing more.
    const receipt = counted.get(`/account/orders/${orderId}/receipt`)!;
    const orderPage = counted.get(`/account/orders/${orderId}`)!;
    if (receipt > orderPage) {
      console.error(`  the receipt made ${receipt} calls, its order's page ${orderPage}`);
      process.exitCode = 1;
    }
    if (state.adminApiKey) await measurePhotoUploads(cookie);
  } finally {
    if (storefront.pid !== undefined) process.kill(-storefront.pid, 'SIGTERM');
    server.close();
  }
}

for (const version of versions) await measure(version);
// Whatever is still open ends here; a receipt costlier than its order's page set the code.
process.exit();

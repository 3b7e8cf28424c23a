#!/usr/bin/env node
// Counts the Medusa calls each account page makes per request. A counting HTTP proxy sits
// between a production storefront and the running seeded backend; each page is requested
// once to warm up (the shared country list, Next's caches) and then measured.
//
//   npm run build && npm run backend -- up v1 && npm run backend -- up v2
//   node scripts/measure-backend-calls.mjs [v1] [v2]
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

import { StoreClient, customersOf, readWorld } from './backends/world.mjs';
import { stateFile } from './lib/paths.mjs';
import { ROOT } from './lib/run.mjs';

const PROXY_PORT = 9810;
const STOREFRONT_PORT = 3210;
const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['v1', 'v2'];

function startCountingProxy(target) {
  const calls = [];
  const server = http.createServer((req, res) => {
    calls.push(`${req.method} ${req.url.split('?')[0]}`);
    const upstream = http.request(
      new URL(req.url, target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(PROXY_PORT, '127.0.0.1', () => resolve({ server, calls })),
  );
}

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(`${url} did not answer`);
}

// Development-only: the storefront this script starts signs its cookies with it.
const SESSION_SECRET = 'measure-only-session-secret-not-for-production';

/** The storefront's cookie value (`<signedInAt>.<base64url session>.<HMAC>`) for a session. */
function signedCookie(session) {
  const payload = `${Date.now()}.${Buffer.from(session).toString('base64url')}`;
  return `${payload}.${createHmac('sha256', SESSION_SECRET).update(payload).digest('base64url')}`;
}

async function signIn(version, state, { email, password }) {
  const api = new StoreClient(state.url);
  if (version === 'v1') return api.signUp('/store/auth', { email, password });
  const { token } = await api.post('/auth/customer/emailpass', { email, password });
  return api.signUp('/auth/session', undefined, { authorization: `Bearer ${token}` });
}

async function measure(version) {
  const state = JSON.parse(fs.readFileSync(stateFile(version), 'utf8'));
  const demo = customersOf(readWorld())[0];
  const session = await signIn(version, state, demo);
  const { server, calls } = await startCountingProxy(state.url);
  const storefront = spawn('node', ['server.mjs', '-p', String(STOREFRONT_PORT)], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      MEDUSA_VERSION: version,
      MEDUSA_BACKEND_URL: `http://127.0.0.1:${PROXY_PORT}`,
      SESSION_SECRET,
      ...(state.publishableKey ? { MEDUSA_PUBLISHABLE_KEY: state.publishableKey } : {}),
    },
  });
  try {
    await waitFor(`http://localhost:${STOREFRONT_PORT}/account/login`);
    const cookie = `__Host-account_session=${signedCookie(session)}`;
    const get = (path) =>
      fetch(`http://localhost:${STOREFRONT_PORT}${path}`, {
        headers: { cookie },
        redirect: 'manual',
      }).then((r) => r.text());
    const html = await get('/account/orders');
    const orderId = /\/account\/orders\/(order_[A-Za-z0-9]+)/.exec(html)?.[1];
    const addressId = /\/account\/addresses\/([A-Za-z0-9_]+)\/edit/.exec(
      await get('/account/addresses'),
    )?.[1];
    const pages = [
      '/account',
      '/account/profile',
      '/account/addresses',
      '/account/addresses/new',
      `/account/addresses/${addressId}/edit`,
      '/account/orders?page=2',
      `/account/orders/${orderId}`,
      '/account/login',
    ];
    console.log(
      `\nMedusa ${version}: Medusa calls per storefront request (after one warm-up request each)`,
    );
    for (const path of pages) {
      await get(path);
      calls.length = 0;
      const started = performance.now();
      await get(path);
      const ms = performance.now() - started;
      console.log(
        `  ${path.padEnd(60)} ${String(calls.length).padStart(2)} calls  ${ms.toFixed(0).padStart(4)} ms   ${calls.join(', ')}`,
      );
    }
  } finally {
    process.kill(-storefront.pid, 'SIGTERM');
    server.close();
  }
}

for (const version of versions) await measure(version);
process.exit(0);

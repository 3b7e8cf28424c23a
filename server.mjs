// Production server: Next's request handler behind a plain Node HTTP server, for one reason.
// Server actions cannot see the TCP peer address, and without a trusted proxy that address is
// the only client IP a visitor cannot forge, so every request carries it to the app in the
// x-storefront-peer header (lib/rate-limit/client-ip.ts reads it). A value a client sends
// under that name is replaced.
//
//   npm run build && node server.mjs [-p PORT] [-H HOSTNAME]
//
// PORT and HOSTNAME may come from the environment instead, as with Next's standalone server.
// Without either hostname the server listens on every interface, like `next start`. Careful in
// containers: Docker sets HOSTNAME to the container id, which binds to that one address only
// (the Dockerfile sets HOSTNAME=0.0.0.0).
//
// The same file runs in the repository after `npm run build` and in the Docker image, beside
// the standalone output (.next/standalone: the server files and only the node_modules they
// use, no next.config.mjs). In both, Next runs with the configuration the build recorded in
// .next/required-server-files.json, as Next's own standalone server.js does.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { nextImagesConfig } from './lib/store-files.mjs';

/** Keep in step with PEER_HEADER in lib/rate-limit/client-ip.ts. */
const PEER_HEADER = 'x-storefront-peer';
/** How long requests already in flight get to finish after SIGTERM or SIGINT. */
const DRAIN_MS = 10_000;

function option(short, long) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === short || arg === long) return args[i + 1];
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
  }
  return undefined;
}

function readPort() {
  const raw = option('-p', '--port') ?? process.env.PORT ?? '3000';
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    console.error(`server.mjs: invalid port ${JSON.stringify(raw)}`);
    process.exit(1);
  }
  return Number(raw);
}

/** The socket's address in the spelling client-ip.ts expects, or null. */
function peerAddress(socket) {
  const address = socket.remoteAddress ?? '';
  const unmapped = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(unmapped) === 4) return unmapped;
  return isIP(address) ? address : null;
}

/** Replaces any client-sent peer header with the socket's address, in both header views. */
function setPeerHeader(req) {
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() !== PEER_HEADER) {
      raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
    }
  }
  const peer = peerAddress(req.socket);
  if (peer) raw.push(PEER_HEADER, peer);
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
  // Node may have parsed req.headers already; make it agree with rawHeaders.
  if (peer) req.headers[PEER_HEADER] = peer;
  else delete req.headers[PEER_HEADER];
}

/**
 * Hands Next the configuration `next build` recorded, so that it does not load next.config.mjs
 * (absent from the image) and does not warn that `next start` ignores `output: 'standalone'`,
 * with the image settings of this server's own environment (lib/store-files.mjs). Must run
 * before `next` is loaded, as in the standalone server.js Next writes.
 */
function applyBuiltConfig(dir) {
  let recorded;
  try {
    recorded = readFileSync(`${dir}/.next/required-server-files.json`, 'utf8');
  } catch {
    console.error(
      'server.mjs: no production build here (.next/required-server-files.json); run `npm run build` first',
    );
    process.exit(1);
  }
  if (process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) return;
  const config = JSON.parse(recorded).config;
  // Where product pictures may come from is this server's setting, not the build's.
  config.images = { ...config.images, ...nextImagesConfig(process.env) };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const port = readPort();
const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME;
// The build lives beside this file, wherever the process was started from.
const dir = dirname(fileURLToPath(import.meta.url));

let closing = false;
/** @type {import('node:http').Server | undefined} */
let server;
// Installed before Next loads, so that a stop during start-up is not ignored (as PID 1 in a
// container, a signal with no handler does nothing).
process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));

applyBuiltConfig(dir);
const { default: next } = await import('next');

// Next builds absolute URLs (a route handler's request.url) from hostname and port; with no
// hostname, or one meaning every interface (the image's HOSTNAME=0.0.0.0), localhost names
// this server as well as any, as in Next's own start-up.
const WILDCARDS = ['0.0.0.0', '::', '[::]'];
const app = next({
  dev: false,
  dir,
  hostname: !hostname || WILDCARDS.includes(hostname) ? 'localhost' : hostname,
  port,
});
const handle = app.getRequestHandler();
await app.prepare();

server = createServer((req, res) => {
  setPeerHeader(req);
  // A keep-alive connection may bring another request while we drain: answer it, then close.
  if (closing) res.setHeader('connection', 'close');
  // Otherwise a connection whose reply finishes while we drain idles for keepAliveTimeout.
  res.on('finish', () => {
    if (closing) setImmediate(() => server.closeIdleConnections());
  });
  handle(req, res).catch((error) => {
    console.error('server.mjs: unhandled error', error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.on('error', (error) => {
  console.error(`server.mjs: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown =
    typeof address === 'object' && address ? `${address.address}:${address.port}` : port;
  console.log(`server.mjs: listening on ${shown}`);
});

function shutDown(signal) {
  if (closing) return;
  closing = true;
  // Still starting: nothing is in flight yet.
  if (!server) {
    console.log(`server.mjs: ${signal} while starting; exiting`);
    process.exit(0);
  }
  console.log(`server.mjs: ${signal}, finishing requests in flight (at most ${DRAIN_MS / 1000} s)`);
  const deadline = setTimeout(() => {
    console.error('server.mjs: requests still running after the drain period; closing them');
    server.closeAllConnections();
    process.exit(1);
  }, DRAIN_MS);
  deadline.unref();
  // Stops accepting connections; idle keep-alive ones close now, busy ones after their reply.
  server.close(() => {
    app
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
  server.closeIdleConnections();
}

// An app's server (a loyalty widget, say) that learns which customer is signed in to the
// storefront from the customer's identity token, and from nothing else the browser sends.
//
//   STOREFRONT_URL=https://shop.example.com CLIENT_ID=loyalty-widget PORT=4100 \
//     node examples/identity-verifier/server.mjs
//
// POST /greet   Authorization: Bearer <token from the storefront's /api/account/identity-token>
//               200 { customerId, greeting } or 401 { error: "INVALID_CUSTOMER_TOKEN" }
// GET  /widget  a page that fetches a token from the storefront (with the shopper's cookie)
//               and shows this server's greeting: the whole round trip in a browser
import http from 'node:http';

import { createRemoteJWKSet, jwtVerify } from 'jose';

const STOREFRONT_URL = process.env.STOREFRONT_URL?.replace(/\/+$/, '');
const CLIENT_ID = process.env.CLIENT_ID;
const PORT = Number(process.env.PORT ?? 4100);
if (!STOREFRONT_URL || !CLIENT_ID) {
  console.error("Set STOREFRONT_URL (the tokens' issuer) and CLIENT_ID (this app's client id).");
  process.exit(2);
}

// The storefront's public keys, fetched once, cached, and fetched again for a key id it has
// not seen (a rotation).
const keys = createRemoteJWKSet(new URL('/.well-known/jwks.json', STOREFRONT_URL));

/** The token's claims when it is the storefront's, for this app, and current; else null. */
async function verifiedClaims(authorization = '') {
  const [scheme, token] = authorization.split(' ');
  if (scheme !== 'Bearer' || !token) return null;
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: STOREFRONT_URL,
      audience: CLIENT_ID,
      algorithms: ['ES256'],
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    return payload;
  } catch {
    return null; // wrong app, expired, unknown key, tampered: all the same to the caller
  }
}

async function readJson(request) {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 10_000) return null;
  }
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return null;
  }
}

const send = (response, status, body, type = 'application/json') => {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(type === 'application/json' ? JSON.stringify(body) : body);
};
const refuse = (response) => send(response, 401, { error: 'INVALID_CUSTOMER_TOKEN' });

async function greet(request, response) {
  const claims = await verifiedClaims(request.headers.authorization);
  const body = await readJson(request);
  if (!claims || body === null) return refuse(response);
  // Who the customer is comes from the token alone: a customer id in the request that says
  // otherwise is someone trying to act as another customer.
  if (body.customerId !== undefined && body.customerId !== claims.sub) return refuse(response);
  send(response, 200, { customerId: claims.sub, greeting: `Hello, customer ${claims.sub}` });
}

const widget = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Example app</title></head>
<body><h1>Example app</h1><p id="greeting" role="status">Asking the store who you are…</p>
<script type="module">
const shown = document.getElementById('greeting');
const answer = await fetch(${JSON.stringify(`${STOREFRONT_URL}/api/account/identity-token?app=${encodeURIComponent(CLIENT_ID)}`)}, { credentials: 'include' });
if (!answer.ok) {
  shown.textContent = answer.status === 401 ? 'You are not signed in to the store.' : 'The store did not answer.';
} else {
  const { token } = await answer.json();
  const greeting = await fetch('/greet', { method: 'POST', headers: { authorization: 'Bearer ' + token } });
  shown.textContent = greeting.ok ? (await greeting.json()).greeting : 'The token was refused.';
}
</script></body></html>`;

http
  .createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://app');
    if (request.method === 'POST' && pathname === '/greet') return void greet(request, response);
    if (request.method === 'GET' && pathname === '/widget')
      return send(response, 200, widget, 'text/html; charset=utf-8');
    send(response, 404, { error: 'NOT_FOUND' });
  })
  .listen(PORT, '127.0.0.1', () =>
    console.log(`Example app on http://localhost:${PORT}, for ${CLIENT_ID} at ${STOREFRONT_URL}`),
  );

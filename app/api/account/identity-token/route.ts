import { createHash } from 'node:crypto';

import { NextResponse, type NextRequest } from 'next/server';

import { getCurrentCustomer } from '@/lib/auth';
import { describeFailure } from '@/lib/error-messages';
import { allowsOrigin, findApp, getIdentityApps, type IdentityApp } from '@/lib/identity/apps';
import { getSigningKeys } from '@/lib/identity/keys';
import { issueIdentityToken } from '@/lib/identity/token';
import { limitKeys, takeAttempt } from '@/lib/rate-limit';
import { isOwnOrigin, requestHost } from '@/lib/same-origin';
import { readSession } from '@/lib/session';

// GET /api/account/identity-token?app=<client id>: a short-lived signed token saying which
// customer is signed in, for a registered app's server to verify against the JWKS
// (/.well-known/jwks.json). See "Identity tokens for apps" in docs/configuration.md.

const PRIVATE = { 'Cache-Control': 'private, no-store', Vary: 'Origin, Cookie' };

/** CORS for a page on one of the app's registered origins: it may read the answer, with the cookie. */
function corsHeaders(app: IdentityApp | undefined, origin: string | null): Record<string, string> {
  if (!app || !origin || !allowsOrigin(app, origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' };
}

/** Where the request comes from: no Origin, or this storefront's, or somewhere else. */
function crossOrigin(request: NextRequest): string | null {
  const origin = request.headers.get('origin');
  return origin && !isOwnOrigin(request, origin) ? origin : null;
}

function answer(body: object, status: number, headers: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { ...PRIVATE, ...headers } });
}

/** The issuer: IDENTITY_ISSUER, else the storefront's origin as the request reached it. */
function issuerOf(request: NextRequest) {
  const configured = process.env.IDENTITY_ISSUER?.replace(/\/+$/, '');
  if (configured) return configured;
  const host = requestHost(request);
  return host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
}

export async function GET(request: NextRequest) {
  const app = findApp(getIdentityApps(), request.nextUrl.searchParams.get('app'));
  if (!app) return answer({ error: 'UNKNOWN_APP' }, 400);
  const origin = crossOrigin(request);
  // A page elsewhere may ask only from the app's own registered origins.
  if (origin && !allowsOrigin(app, origin)) return answer({ error: 'ORIGIN_NOT_ALLOWED' }, 403);
  const cors = corsHeaders(app, origin);

  const stored = await readSession();
  if (!stored) return answer({ error: 'NOT_SIGNED_IN' }, 401, cors);
  // Counted per browser session; the limiter keeps a digest, never the session id.
  const session = createHash('sha256').update(stored.token).digest('base64url').slice(0, 32);
  const keys = await limitKeys({ session });
  const tooMany = await takeAttempt('identityToken', keys);
  if (tooMany) return answer({ error: 'TOO_MANY_REQUESTS', message: tooMany }, 429, cors);

  const signingKeys = getSigningKeys();
  if (!signingKeys) {
    console.error('[account] identity token: no IDENTITY_SIGNING_KEYS in production');
    return answer({ error: 'NOT_CONFIGURED' }, 503, cors);
  }
  try {
    const current = await getCurrentCustomer();
    if (current.status !== 'signed-in') return answer({ error: 'NOT_SIGNED_IN' }, 401, cors);
    const { token, expiresIn } = await issueIdentityToken({
      issuer: issuerOf(request),
      app,
      customer: current.customer,
      keys: await signingKeys,
    });
    return answer({ token, tokenType: 'Bearer', expiresIn }, 200, cors);
  } catch (error) {
    describeFailure(`identity token for ${app.clientId}`, error);
    return answer({ error: 'STORE_UNAVAILABLE' }, 503, cors);
  }
}

/** The browser's preflight for a page on a registered origin. */
export function OPTIONS(request: NextRequest) {
  const app = findApp(getIdentityApps(), request.nextUrl.searchParams.get('app'));
  const origin = request.headers.get('origin');
  const cors = corsHeaders(app, origin);
  if (!cors['Access-Control-Allow-Origin']) {
    return new NextResponse(null, { status: 403, headers: { Vary: 'Origin' } });
  }
  return new NextResponse(null, {
    status: 204,
    headers: {
      ...cors,
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Allow-Headers': 'Accept',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  });
}

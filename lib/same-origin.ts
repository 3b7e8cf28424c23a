import type { NextRequest } from 'next/server';

/**
 * Whether a request comes from this storefront's own pages, as browsers say: a cross-site
 * `Sec-Fetch-Site`, or an `Origin` on another host, is someone else's page. Requests without
 * either (a plain form from an old browser, a server) count as the storefront's own; the
 * session cookie, SameSite=Lax, is not sent with other sites' posts anyway.
 */
export function isSameOrigin(request: NextRequest): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = request.headers.get('origin');
  return origin === null || isOwnOrigin(request, origin);
}

/** The host the request was sent to, as the browser named it (through any proxy). */
export function requestHost(request: NextRequest): string | null {
  return request.headers.get('x-forwarded-host') ?? request.headers.get('host');
}

/** Is `origin` this storefront's, as the request reached it? */
export function isOwnOrigin(request: NextRequest, origin: string): boolean {
  try {
    return new URL(origin).host === requestHost(request);
  } catch {
    return false;
  }
}

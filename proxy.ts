import { NextResponse, type NextRequest } from 'next/server';

import {
  CLAIM_LINK_MAX_AGE_SECONDS,
  CLAIM_LINK_PATH,
  CLAIM_LINK_COOKIE_PATH,
  claimLinkCookieName,
  claimLinkFromQuery,
  encodeClaimLink,
} from './lib/claim-link';
import {
  encodeResetLink,
  RESET_LINK_MAX_AGE_SECONDS,
  RESET_LINK_PATH,
  resetLinkCookieName,
} from './lib/reset-link';
import { sanitizeReturnTo } from './lib/return-to';
import { usesDevelopmentDefaults } from './lib/run-mode';
import { PAGE_PATH_HEADER } from './lib/i18n/cookie';
import { contentSecurityPolicy, createNonce, securityHeaders } from './lib/security-headers';
import {
  browserMaxAgeSeconds,
  needsFreshSeenAt,
  openSession,
  sealSession,
  sessionCookieAttributes,
  sessionCookieMode,
} from './lib/session-cookie';

// Next 16 names the middleware convention `proxy.ts`. It sets the browser defences on every
// response and, under /account, only looks at whether the session cookie exists: pages
// re-check the session with the backend on every request. It also keeps the session's
// last-use instant fresh, which the idle timeout is measured from.

/** Account pages anyone may open. */
const PUBLIC_PAGES = [
  '/account/login',
  '/account/register',
  '/account/forgot-password',
  RESET_LINK_PATH,
  '/account/session-expired',
];
/** Pages a signed-in shopper has no use for. */
const SIGNED_OUT_ONLY = ['/account/login', '/account/register'];

const matches = (pathname: string, pages: readonly string[]) =>
  pages.some((page) => pathname === page || pathname.startsWith(`${page}/`));

/** A path whose percent-encoding does not decode cannot name any account page. */
function decodes(pathname: string): boolean {
  try {
    pathname.split('/').forEach((segment) => decodeURIComponent(segment));
    return true;
  } catch {
    return false;
  }
}

/** What the proxy decides for an account path; `next` lets the page render. */
function route(request: NextRequest, requestHeaders: Headers): NextResponse {
  const { pathname, search, searchParams } = request.nextUrl;
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  if (!pathname.startsWith('/account')) return next();

  if (!decodes(pathname)) {
    // No route exists here: Next renders the not-found page with a 404.
    return NextResponse.rewrite(new URL('/account/not-found', request.url), {
      request: { headers: requestHeaders },
    });
  }

  const cookie = sessionCookieMode(request.headers.get('host'));
  const signedIn = Boolean(request.cookies.get(cookie.name)?.value);
  // Server actions post back to the page they live on; let them through to do their own checks.
  const isAction = request.method === 'POST';

  const token = searchParams.get('token');
  if (pathname === RESET_LINK_PATH && token && !isAction) {
    const response = NextResponse.redirect(new URL(RESET_LINK_PATH, request.url));
    response.cookies.set(
      resetLinkCookieName(cookie.secure),
      encodeResetLink({ token, email: searchParams.get('email') ?? '' }),
      {
        httpOnly: true,
        secure: cookie.secure,
        sameSite: 'lax',
        path: RESET_LINK_PATH,
        maxAge: RESET_LINK_MAX_AGE_SECONDS,
      },
    );
    return response;
  }

  // The same for a link that adds a guest order, before the sign-in check: a signed-out
  // shopper is sent to sign in with the clean URL as the way back, the link kept aside.
  if (pathname === CLAIM_LINK_PATH && token && !isAction) {
    const response = NextResponse.redirect(new URL(CLAIM_LINK_PATH, request.url));
    const link = claimLinkFromQuery(searchParams);
    // A link too long to be the store's is dropped: the page then says it cannot be used.
    response.cookies.set(claimLinkCookieName(cookie.secure), link ? encodeClaimLink(link) : '', {
      httpOnly: true,
      secure: cookie.secure,
      sameSite: 'lax',
      path: CLAIM_LINK_COOKIE_PATH,
      maxAge: link ? CLAIM_LINK_MAX_AGE_SECONDS : 0,
    });
    return response;
  }

  if (!signedIn && !matches(pathname, PUBLIC_PAGES) && !isAction) {
    const url = new URL('/account/login', request.url);
    url.searchParams.set('returnTo', sanitizeReturnTo(`${pathname}${search}`));
    return NextResponse.redirect(url);
  }

  if (signedIn && matches(pathname, SIGNED_OUT_ONLY) && !isAction) {
    const returnTo = sanitizeReturnTo(searchParams.get('returnTo'));
    return NextResponse.redirect(new URL(returnTo, request.url));
  }

  return next();
}

/** The one page that clears a session on GET: writing it here would race that. */
const CLEARS_SESSION = '/account/session-expired';

/**
 * Re-seals a current session with a fresh last-use instant, at most once an hour. Only on
 * reads: a server action may itself write or clear the session in the same response.
 */
function refreshSeenAt(request: NextRequest, response: NextResponse) {
  if (request.method !== 'GET' || request.nextUrl.pathname === CLEARS_SESSION) return;
  const cookie = sessionCookieMode(request.headers.get('host'));
  const opened = openSession(request.cookies.get(cookie.name)?.value);
  const now = Date.now();
  if (opened.status !== 'current' || !needsFreshSeenAt(opened.session, now)) return;
  response.cookies.set(
    cookie.name,
    sealSession({ ...opened.session, seenAt: now }),
    sessionCookieAttributes(cookie.secure, browserMaxAgeSeconds(opened.session.signedInAt, now)),
  );
}

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const production = !usesDevelopmentDefaults(process.env);
  const headers = securityHeaders(request.nextUrl.pathname, { nonce, production });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicy(nonce, { dev: !production }));
  // The page's own path, for the language switcher to come back to (set here, never taken
  // from the browser).
  requestHeaders.set(PAGE_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const response = route(request, requestHeaders);
  refreshSeenAt(request, response);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every page and API route; Next's static files carry no markup to defend.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};

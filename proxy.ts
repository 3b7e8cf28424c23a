import { NextResponse, type NextRequest } from 'next/server';

import { sanitizeReturnTo } from './lib/return-to';
import { SESSION_COOKIE } from './lib/session-cookie';

// Next 16 names the middleware convention `proxy.ts`. It only looks at whether the session
// cookie exists; pages re-check the session with the backend on every request.

/** Account pages anyone may open. */
const PUBLIC_PAGES = [
  '/account/login',
  '/account/register',
  '/account/forgot-password',
  '/account/reset-password',
  '/account/session-expired',
];
/** Pages a signed-in shopper has no use for. */
const SIGNED_OUT_ONLY = ['/account/login', '/account/register'];

const matches = (pathname: string, pages: readonly string[]) =>
  pages.some((page) => pathname === page || pathname.startsWith(`${page}/`));

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = Boolean(request.cookies.get(SESSION_COOKIE)?.value);
  // Server actions post back to the page they live on; let them through to do their own checks.
  const isAction = request.method === 'POST';

  if (!signedIn && !matches(pathname, PUBLIC_PAGES) && !isAction) {
    const url = new URL('/account/login', request.url);
    url.searchParams.set('returnTo', sanitizeReturnTo(`${pathname}${search}`));
    return NextResponse.redirect(url);
  }

  if (signedIn && matches(pathname, SIGNED_OUT_ONLY) && !isAction) {
    const returnTo = sanitizeReturnTo(request.nextUrl.searchParams.get('returnTo'));
    return NextResponse.redirect(new URL(returnTo, request.url));
  }

  return NextResponse.next();
}

export const config = {
  matcher: ['/account', '/account/:path*'],
};

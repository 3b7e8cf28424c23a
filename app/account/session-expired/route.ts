import { NextResponse, type NextRequest } from 'next/server';

import { loginUrl } from '@/lib/return-to';
import { SESSION_COOKIE } from '@/lib/session-cookie';

// Pages cannot change cookies while rendering, so a page whose session the backend rejected
// sends the visitor here: the stale cookie is cleared and they go to sign-in with a notice.
export function GET(request: NextRequest) {
  const returnTo = request.nextUrl.searchParams.get('returnTo') ?? '/account';
  const response = NextResponse.redirect(new URL(loginUrl(returnTo, 'expired'), request.url));
  response.cookies.delete({ name: SESSION_COOKIE, path: '/' });
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

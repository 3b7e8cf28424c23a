import { NextResponse, type NextRequest } from 'next/server';

import { getCurrentCustomer } from '@/lib/auth';
import { describeFailure } from '@/lib/error-messages';
import { loginUrl, sanitizeReturnTo } from '@/lib/return-to';
import { clearSession } from '@/lib/session';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

// Pages cannot change cookies while rendering, so a page whose session the backend rejected
// sends the visitor here. The cookie is cleared only once the backend has rejected it again
// here: anyone can link to this URL, and a link from another site must sign no one out.
export async function GET(request: NextRequest) {
  const returnTo = sanitizeReturnTo(request.nextUrl.searchParams.get('returnTo'));
  // A relative Location (every path here is a sanitised same-origin path): request.url names
  // the host and port the server was started with, not the address the shopper used through
  // a reverse proxy or a container's published port.
  const to = (path: string) =>
    new NextResponse(null, { status: 307, headers: { ...PRIVATE, Location: path } });

  let status: Awaited<ReturnType<typeof getCurrentCustomer>>['status'];
  try {
    status = (await getCurrentCustomer()).status;
  } catch (error) {
    // The backend could not say: keep the session, and let the page show what is wrong.
    describeFailure('session-expired check', error);
    return to(returnTo);
  }
  if (status === 'signed-in') return to(returnTo);
  if (status === 'signed-out') return to(loginUrl(returnTo));
  await clearSession();
  return to(loginUrl(returnTo, 'expired'));
}

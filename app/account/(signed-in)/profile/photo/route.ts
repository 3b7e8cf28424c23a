import { NextResponse, type NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';

import { getCurrentCustomer, sessionExpiredUrl } from '@/lib/auth';
import { describeFailure, errorKind } from '@/lib/error-messages';
import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import { preparePhoto } from '@/lib/profile-photo';
import { limitKeys, takeAttempt } from '@/lib/rate-limit';
import {
  PHOTO_COPY,
  PHOTO_FIELD,
  PHOTO_MAX_BYTES,
  type PhotoOutcome,
} from '@/lib/profile-photo-rules';
import { loginUrl } from '@/lib/return-to';
import { isSameOrigin } from '@/lib/same-origin';

// The profile photo form posts here, as a plain form without JavaScript (the answer is a
// redirect back to the profile, with the outcome in the address) and through
// XMLHttpRequest with it (for upload progress; the answer is JSON). A route handler rather
// than a server action, because a server action cannot report upload progress; so Next's
// server-action body limit does not apply here, and this handler sets its own: the 5 MB
// photo plus the form's own few bytes.
//
// The body is read last, once the origin, the session and the declared length allow it, so
// nothing of a refused post is copied or parsed here. Nothing has to be drained for a browser that
// is still sending to see the answer: the proxy (proxy.ts) runs before every route, and Next
// receives the whole request before it hands it on, keeping the first 8 MB
// (`proxyClientMaxBodySize` in next.config.mjs) and dropping the rest.

const PROFILE_PATH = '/account/profile';
const MAX_BODY_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

const STATUS: Record<PhotoOutcome, number> = {
  saved: 200,
  removed: 200,
  missing: 400,
  too_large: 413,
  wrong_type: 415,
  too_many_pixels: 422,
  unreadable: 422,
  unsupported: 404,
  too_many: 429,
  unavailable: 503,
};

const PRIVATE = { 'Cache-Control': 'private, no-store' };

function wantsJson(request: NextRequest) {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

/**
 * The outcome: as JSON, with its words in the shopper's language, which the form shows as they
 * are; without JavaScript, a redirect naming the outcome, whose fixed copy the page shows.
 * `message` overrides the outcome's fixed copy (the abuse limit says when to try again).
 */
async function answer(
  request: NextRequest,
  outcome: PhotoOutcome,
  message: MessageRef = PHOTO_COPY[outcome],
) {
  if (wantsJson(request)) {
    const t = await getTranslations();
    return NextResponse.json(
      { outcome, message: translateMessage(t, message) },
      { status: STATUS[outcome], headers: PRIVATE },
    );
  }
  const to = new URL(PROFILE_PATH, request.url);
  to.searchParams.set('photo', outcome);
  to.hash = 'profile-photo';
  return NextResponse.redirect(to, { status: 303, headers: PRIVATE });
}

/** Somewhere else to go: sign in again. JSON callers are told where, and go there themselves. */
function sendTo(request: NextRequest, location: string) {
  if (wantsJson(request)) {
    return NextResponse.json({ redirect: location }, { status: 401, headers: PRIVATE });
  }
  return NextResponse.redirect(new URL(location, request.url), { status: 303, headers: PRIVATE });
}

/**
 * The body, or null when it is larger than a photo can be: refused by its declared length
 * without being read, or, sent without one, read no further than the limit.
 */
async function readBody(request: NextRequest): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // The rest is left unread rather than cancelled: behind the proxy it has all arrived.
    if (total > MAX_BODY_BYTES) return null;
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

async function readForm(request: NextRequest, body: Uint8Array<ArrayBuffer>) {
  try {
    return await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return null;
  }
}

export async function POST(request: NextRequest) {
  // Only this storefront's own pages may post here (as Next checks for server actions). Asked
  // before the session: another site's post is then refused alike, at once and with no backend
  // call, whether or not its visitor is signed in here, so neither the answer nor its timing
  // tells that site anything about them.
  if (!isSameOrigin(request)) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403, headers: PRIVATE });
  }

  let signedIn: Awaited<ReturnType<typeof getCurrentCustomer>>;
  try {
    signedIn = await getCurrentCustomer();
  } catch (error) {
    describeFailure('profile photo (session)', error);
    return answer(request, 'unavailable');
  }
  if (signedIn.status === 'signed-out') return sendTo(request, loginUrl(PROFILE_PATH));
  if (signedIn.status === 'expired') return sendTo(request, sessionExpiredUrl(PROFILE_PATH));

  const { photo } = signedIn.store.profile;
  if (!photo) return answer(request, 'unsupported');
  const body = await readBody(request);
  if (body === null) return answer(request, 'too_large');
  const form = await readForm(request, body);
  if (!form) return answer(request, 'missing');

  const keys = await limitKeys({ customerId: signedIn.customer.id });
  const tooMany = await takeAttempt('profilePhoto', keys);
  if (tooMany) return answer(request, 'too_many', tooMany);

  try {
    if (form.get('intent') === 'remove') {
      await photo.remove();
      return answer(request, 'removed');
    }
    const file = form.get(PHOTO_FIELD);
    if (!(file instanceof Blob) || file.size === 0) return answer(request, 'missing');
    const prepared = await preparePhoto(new Uint8Array(await file.arrayBuffer()));
    if (!prepared.ok) return answer(request, prepared.outcome);
    await photo.set(prepared.photo);
    return answer(request, 'saved');
  } catch (error) {
    if (errorKind(error) === 'unauthorized') {
      return sendTo(request, sessionExpiredUrl(PROFILE_PATH));
    }
    describeFailure('profile photo', error);
    return answer(request, 'unavailable');
  }
}

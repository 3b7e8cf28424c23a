// @vitest-environment node
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { CurrentCustomer } from '@/lib/auth';
import { customerStore, type Customer, type ProfilePhotos, type StoreBackend } from '@/lib/store';
import { messageRef } from '@/lib/i18n/message';
import { PHOTO_COPY, PHOTO_MAX_BYTES } from '@/lib/profile-photo-rules';
import { storeCustomer } from '@/tests/support/customers';
import { english } from '@/tests/support/intl';

// The photo route with the storefront's own modules faked (who the session is, the
// StoreBackend, the abuse limit): what it answers, and how much of the body it read to get
// there. Its bodies are streams that count what is pulled from them, so "answered without
// reading" is measured, not assumed.

const customer: Customer = storeCustomer({
  id: 'cus_photo',
  email: 'pia@example.com',
  firstName: 'Pia',
  lastName: 'Photo',
});

const fake = vi.hoisted(() => ({
  current: (): Promise<unknown> => Promise.resolve({ status: 'signed-out' }),
  storesProfilePhoto: true,
  tooMany: null as string | null,
}));

const photos = {
  remove: vi.fn(async (_session: string, who: Customer) => who),
  set: vi.fn(async (_session: string, who: Customer) => who),
} satisfies ProfilePhotos;
/** The backend's photo part, there only while the store keeps photos. */
const backend = {
  get profilePhotos() {
    return fake.storesProfilePhoto ? photos : undefined;
  },
} as StoreBackend;
const takeAttempt = vi.fn(async () => fake.tooMany);

vi.mock('@/lib/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth')>()),
  getCurrentCustomer: () => fake.current(),
}));
// The route's words come in the request's language; here, the English catalogue.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { default: messages } = await import('@/messages/en.json');
  return { getTranslations: async () => createTranslator({ locale: 'en', messages }) };
});
vi.mock('@/lib/rate-limit', () => ({
  limitKeys: async (extra: object) => ({ ip: '192.0.2.1', ...extra }),
  takeAttempt: () => takeAttempt(),
}));

const { POST } = await import('@/app/account/(signed-in)/profile/photo/route');

const URL_ = 'http://localhost:3000/account/profile/photo';
const OWN_ORIGIN = { host: 'localhost:3000', origin: 'http://localhost:3000' };
const JSON_ACCEPT = { accept: 'application/json' };
const CHUNK = 64 * 1024;

/** A body that counts the bytes pulled from it; `stall` never gives any, `endless` never stops. */
function watchedBody(kind: 'stall' | 'endless' | Uint8Array) {
  const seen = { pulls: 0, bytes: 0 };
  let sent = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls += 1;
        if (kind === 'stall') return new Promise<void>(() => undefined);
        if (kind === 'endless') {
          seen.bytes += CHUNK;
          controller.enqueue(new Uint8Array(CHUNK));
          return;
        }
        if (sent) return controller.close();
        sent = true;
        seen.bytes += kind.length;
        controller.enqueue(kind);
      },
    },
    // Nothing is pulled until someone reads.
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

function post(headers: Record<string, string>, body: ReadableStream<Uint8Array>) {
  return new NextRequest(URL_, { method: 'POST', headers, body, duplex: 'half' });
}

/** The handler's answer, or a failure if it waits on the body instead of answering. */
async function answerOf(request: NextRequest): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('no answer within 2 s: it waited on the body')),
      2000,
    );
  });
  try {
    return await Promise.race([POST(request), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

async function multipart(fields: Record<string, string | Blob>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Response(form);
  return {
    type: encoded.headers.get('content-type')!,
    bytes: new Uint8Array(await encoded.arrayBuffer()),
  };
}

const signedIn = (): CurrentCustomer => ({
  status: 'signed-in',
  session: 'sess_1',
  customer,
  store: customerStore(backend, 'sess_1', customer),
});

beforeEach(() => {
  fake.current = async () => signedIn();
  fake.storesProfilePhoto = true;
  fake.tooMany = null;
  vi.clearAllMocks();
});

describe('POST /account/profile/photo: nothing is read before the asker is known', () => {
  it('refuses a post from another site (403) before asking who is signed in, without reading a byte, even a body that never ends', async () => {
    const asked = vi.fn(async () => signedIn());
    fake.current = asked;
    for (const headers of [
      { ...OWN_ORIGIN, origin: 'https://evil.example', ...JSON_ACCEPT },
      { ...OWN_ORIGIN, 'sec-fetch-site': 'cross-site' },
    ]) {
      const { stream, seen } = watchedBody('stall');
      const response = await answerOf(post(headers, stream));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'Forbidden' });
      expect(seen.pulls).toBe(0);
    }
    expect(asked).not.toHaveBeenCalled();
  });

  it.each([
    ['without a session', 'signed-out', '/account/login?returnTo=%2Faccount%2Fprofile'],
    [
      'whose session the backend refuses',
      'expired',
      '/account/session-expired?returnTo=%2Faccount%2Fprofile',
    ],
  ] as const)(
    'sends a visitor %s to sign in without reading a byte, even a body that never ends',
    async (_, status, location) => {
      fake.current = async () => ({ status });

      const plain = watchedBody('stall');
      const redirected = await answerOf(post(OWN_ORIGIN, plain.stream));
      expect(redirected.status).toBe(303);
      expect(redirected.headers.get('location')).toBe(`http://localhost:3000${location}`);
      expect(redirected.headers.get('cache-control')).toBe('private, no-store');
      expect(plain.seen.pulls).toBe(0);

      const xhr = watchedBody('endless');
      const told = await answerOf(post({ ...OWN_ORIGIN, ...JSON_ACCEPT }, xhr.stream));
      expect(told.status).toBe(401);
      expect(await told.json()).toEqual({ redirect: location });
      expect(xhr.seen.pulls).toBe(0);
      expect(takeAttempt).not.toHaveBeenCalled();
    },
  );

  it('answers "not responding" (503) when the session cannot be checked, without reading a byte', async () => {
    fake.current = async () => {
      throw new Error('backend down');
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { stream, seen } = watchedBody('stall');
    const response = await answerOf(post({ ...OWN_ORIGIN, ...JSON_ACCEPT }, stream));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      outcome: 'unavailable',
      message: english(PHOTO_COPY.unavailable),
    });
    expect(seen.pulls).toBe(0);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('tells a store without photos so, without reading a byte', async () => {
    fake.storesProfilePhoto = false;
    const { stream, seen } = watchedBody('stall');
    const response = await answerOf(post({ ...OWN_ORIGIN, ...JSON_ACCEPT }, stream));
    expect(response.status).toBe(404);
    expect(seen.pulls).toBe(0);
  });
});

describe('POST /account/profile/photo: a body larger than a photo and its form', () => {
  it('is refused by its declared length (413) without reading a byte', async () => {
    const { stream, seen } = watchedBody('stall');
    const headers = { ...OWN_ORIGIN, 'content-length': String(6 * 1024 * 1024) };

    const told = await answerOf(post({ ...headers, ...JSON_ACCEPT }, stream));
    expect(told.status).toBe(413);
    expect(await told.json()).toEqual({
      outcome: 'too_large',
      message: english(PHOTO_COPY.too_large),
    });
    expect(seen.pulls).toBe(0);

    const plain = watchedBody('stall');
    const redirected = await answerOf(post(headers, plain.stream));
    expect(redirected.status).toBe(303);
    expect(redirected.headers.get('location')).toBe(
      'http://localhost:3000/account/profile?photo=too_large#profile-photo',
    );
    expect(plain.seen.pulls).toBe(0);
    expect(takeAttempt).not.toHaveBeenCalled();
  });

  it('without a declared length, is read no further than the limit and refused (413)', async () => {
    const { stream, seen } = watchedBody('endless');
    const response = await answerOf(post({ ...OWN_ORIGIN, ...JSON_ACCEPT }, stream));
    expect(response.status).toBe(413);
    expect(seen.bytes).toBeGreaterThan(PHOTO_MAX_BYTES);
    // The 5 MB photo, the form's own 64 kB, and the one chunk that went past them.
    expect(seen.bytes).toBeLessThanOrEqual(PHOTO_MAX_BYTES + 64 * 1024 + CHUNK);
    expect(takeAttempt).not.toHaveBeenCalled();
  });
});

describe('POST /account/profile/photo: a signed-in shopper on this site', () => {
  it('has the form read, the attempt counted, and the photo removed', async () => {
    const form = await multipart({ intent: 'remove' });
    const { stream, seen } = watchedBody(form.bytes);
    const response = await answerOf(
      post(
        {
          ...OWN_ORIGIN,
          ...JSON_ACCEPT,
          'content-type': form.type,
          'content-length': String(form.bytes.length),
        },
        stream,
      ),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      outcome: 'removed',
      message: english(PHOTO_COPY.removed),
    });
    expect(seen.bytes).toBe(form.bytes.length);
    expect(takeAttempt).toHaveBeenCalledTimes(1);
    expect(photos.remove).toHaveBeenCalledWith('sess_1', customer);
  });

  it('is told to wait (429) once the abuse limit is spent, and nothing changes', async () => {
    fake.tooMany = messageRef('errors.tooManyAttempts', { minutes: 42 });
    const form = await multipart({ intent: 'remove' });
    const { stream } = watchedBody(form.bytes);
    const response = await answerOf(
      post({ ...OWN_ORIGIN, ...JSON_ACCEPT, 'content-type': form.type }, stream),
    );
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({
      outcome: 'too_many',
      message: 'Too many attempts. Try again in 42 minutes.',
    });
    expect(photos.remove).not.toHaveBeenCalled();
  });

  it('is asked to choose a photo (400) when the form holds none', async () => {
    const form = await multipart({ other: 'x' });
    const { stream } = watchedBody(form.bytes);
    const response = await answerOf(
      post({ ...OWN_ORIGIN, ...JSON_ACCEPT, 'content-type': form.type }, stream),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      outcome: 'missing',
      message: english(PHOTO_COPY.missing),
    });
    expect(photos.set).not.toHaveBeenCalled();
  });
});

import 'server-only';

import { cookies, headers } from 'next/headers';
import type { z } from 'zod';

import { seal, unseal } from './sealing';
import { sessionCookieMode } from './session-cookie';
import { sessionSecrets } from './session-secret';

// Short-lived server-side state that has to outlive one request but must not be read or
// changed by the browser that carries it: a sign-in waiting for its second step (Medusa's
// challenge and first-step token), an authenticator set-up waiting for its first code (the
// secret). Each is sealed (lib/sealing.ts) under a key derived from SESSION_SECRET for its
// purpose, in an httpOnly cookie scoped to the pages that use it, and expires by itself.

export type SealedCookie<T> = {
  /** The cookie's name over http; `__Secure-` is put in front where the session cookie is Secure. */
  name: string;
  /** The pages (and their server actions) that read it. */
  path: string;
  maxAgeSeconds: number;
  schema: z.ZodType<T>;
};

async function cookieSettings<T>(cookie: SealedCookie<T>) {
  const { secure } = sessionCookieMode((await headers()).get('host'));
  return {
    name: secure ? `__Secure-${cookie.name}` : cookie.name,
    options: { httpOnly: true, sameSite: 'lax' as const, secure, path: cookie.path },
  };
}

export async function readSealed<T>(cookie: SealedCookie<T>): Promise<T | null> {
  const { name } = await cookieSettings(cookie);
  return unseal((await cookies()).get(name)?.value, cookie.name, cookie.schema, sessionSecrets());
}

/** Only callable from server actions and route handlers. */
export async function writeSealed<T>(cookie: SealedCookie<T>, value: T, maxAgeSeconds?: number) {
  const { name, options } = await cookieSettings(cookie);
  const maxAge = Math.max(1, Math.min(cookie.maxAgeSeconds, maxAgeSeconds ?? Infinity));
  (await cookies()).set(name, seal(value, cookie.name, sessionSecrets()), { ...options, maxAge });
}

/** Only callable from server actions and route handlers. */
export async function clearSealed<T>(cookie: SealedCookie<T>) {
  const { name, options } = await cookieSettings(cookie);
  (await cookies()).set(name, '', { ...options, maxAge: 0 });
}

import 'server-only';

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

import { cookies, headers } from 'next/headers';
import type { z } from 'zod';

import { sessionSecret } from './session';
import { sessionCookieMode } from './session-cookie';

// Short-lived server-side state that has to outlive one request but must not be read or
// changed by the browser that carries it: a sign-in waiting for its second step (Medusa's
// challenge and first-step token), an authenticator set-up waiting for its first code (the
// secret). Each is JSON sealed with AES-256-GCM under a key derived from SESSION_SECRET for
// its purpose, in an httpOnly cookie scoped to the pages that use it, and expires by itself.

export type SealedCookie<T> = {
  /** The cookie's name over http; `__Secure-` is put in front where the session cookie is Secure. */
  name: string;
  /** The pages (and their server actions) that read it. */
  path: string;
  maxAgeSeconds: number;
  schema: z.ZodType<T>;
};

const keyFor = (purpose: string, env: Record<string, string | undefined>): Buffer =>
  Buffer.from(hkdfSync('sha256', sessionSecret(env), '', `account-storefront:${purpose}`, 32));

type Env = Record<string, string | undefined>;

/** `<iv>.<tag>.<ciphertext>` in base64url; the purpose (the cookie's name) is the additional data. */
export function seal(value: unknown, purpose: string, env: Env = process.env): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose, env), iv);
  cipher.setAAD(Buffer.from(purpose));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
}

/** The sealed value, or null for anything this server did not seal for `purpose`. */
export function unseal<T>(
  text: string | undefined,
  purpose: string,
  schema: z.ZodType<T>,
  env: Env = process.env,
): T | null {
  const parts = text?.split('.');
  if (!parts || parts.length !== 3) return null;
  try {
    const [iv, tag, data] = parts.map((part) => Buffer.from(part, 'base64url')) as [
      Buffer,
      Buffer,
      Buffer,
    ];
    const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose, env), iv);
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(tag);
    const json = Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function cookieSettings<T>(cookie: SealedCookie<T>) {
  const { secure } = sessionCookieMode((await headers()).get('host'));
  return {
    name: secure ? `__Secure-${cookie.name}` : cookie.name,
    options: { httpOnly: true, sameSite: 'lax' as const, secure, path: cookie.path },
  };
}

export async function readSealed<T>(cookie: SealedCookie<T>): Promise<T | null> {
  const { name } = await cookieSettings(cookie);
  return unseal((await cookies()).get(name)?.value, cookie.name, cookie.schema);
}

/** Only callable from server actions and route handlers. */
export async function writeSealed<T>(cookie: SealedCookie<T>, value: T, maxAgeSeconds?: number) {
  const { name, options } = await cookieSettings(cookie);
  const maxAge = Math.max(1, Math.min(cookie.maxAgeSeconds, maxAgeSeconds ?? Infinity));
  (await cookies()).set(name, seal(value, cookie.name), { ...options, maxAge });
}

/** Only callable from server actions and route handlers. */
export async function clearSealed<T>(cookie: SealedCookie<T>) {
  const { name, options } = await cookieSettings(cookie);
  (await cookies()).set(name, '', { ...options, maxAge: 0 });
}

// Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as an
// authenticator app computes them from the base32 secret Medusa hands out at enrolment. The
// seed, the personas command and the tests compute codes for the seeded protected customer
// with it; the storefront itself never does (Medusa checks every code).
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const PERIOD_SECONDS = 30;

export function base32Decode(secret: string): Buffer {
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const letter of clean) {
    const index = BASE32.indexOf(letter);
    if (index < 0) throw new Error(`not a base32 secret: ${letter}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The code for the 30-second step that holds `at` (epoch ms). */
export function totpCode(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / PERIOD_SECONDS)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const number = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 1_000_000).padStart(6, '0');
}

/** Seconds until the code for `at` gives way to the next one. */
export function secondsLeftInStep(at = Date.now()): number {
  return PERIOD_SECONDS - (Math.floor(at / 1000) % PERIOD_SECONDS);
}

/** The secret of an `otpauth://totp/…?secret=…` URL. */
export function secretOfOtpauthUrl(url: string): string {
  const secret = new URL(url).searchParams.get('secret');
  if (!secret) throw new Error(`no secret in ${url}`);
  return secret;
}

/** A code that is not the current one nor either neighbour Medusa also accepts. */
export function wrongCode(secret: string, at = Date.now()): string {
  const taken = new Set(
    [-1, 0, 1].map((step) => totpCode(secret, at + step * PERIOD_SECONDS * 1000)),
  );
  for (let n = 0; ; n += 1) {
    const candidate = String((123456 + n * 7919) % 1_000_000).padStart(6, '0');
    if (!taken.has(candidate)) return candidate;
  }
}

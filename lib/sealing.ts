// Sealing: a value in JSON, encrypted and authenticated with AES-256-GCM under a key derived
// for its purpose from each session key, so that its holder can neither read nor change it.
// Free of server-only imports: proxy.ts opens the session cookie, and the test suites seal
// cookies the way the storefront does.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A zod or zod/mini schema: what the opened value must be. */
export type SealedShape<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
};

const derived = new Map<string, Buffer>();

function keyFor(secret: string, purpose: string): Buffer {
  const id = `${purpose}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, '', `account-storefront:${purpose}`, 32));
    // A handful of purposes times a handful of keys: the map stays small.
    derived.set(id, key);
  }
  return key;
}

/** `<iv>.<tag>.<ciphertext>` in base64url, sealed with the first key; the purpose is the additional data. */
export function seal(value: unknown, purpose: string, secrets: readonly string[]): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secrets[0]!, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
}

function open(parts: Buffer[], purpose: string, secret: string): string | null {
  const [iv, tag, data] = parts as [Buffer, Buffer, Buffer];
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** The sealed value, or null for anything that none of the keys sealed for `purpose`. */
export function unseal<T>(
  text: string | undefined,
  purpose: string,
  schema: SealedShape<T>,
  secrets: readonly string[],
): T | null {
  const parts = text?.split('.');
  if (!parts || parts.length !== 3) return null;
  const bytes = parts.map((part) => Buffer.from(part, 'base64url'));
  // Only the one spelling seal() writes: base64url's last character has spare bits, and a
  // value changed there would otherwise still open. GCM's tag is 16 bytes.
  if (bytes.some((part, i) => part.toString('base64url') !== parts[i])) return null;
  if (bytes[1]!.length !== 16) return null;
  for (const secret of secrets) {
    const json = open(bytes, purpose, secret);
    if (json === null) continue;
    try {
      const parsed = schema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  return null;
}

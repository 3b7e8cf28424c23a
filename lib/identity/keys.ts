// The keys identity tokens are signed with: IDENTITY_SIGNING_KEYS (JSON) or
// IDENTITY_SIGNING_KEYS_FILE, a JSON array of EC P-256 private keys as JWKs, each with its
// `kid`. The first signs; the others are retired keys, still published in the JWKS so the
// tokens they signed verify until they expire. Rotating is putting a new key first.
// Under `next dev` and in the tests (lib/run-mode.ts), with neither set, a key is generated into
// .data/ on first use; any other server makes none.
import { createHash, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { importJWK, type JWK } from 'jose';
import { z } from 'zod';

import { usesDevelopmentDefaults } from '../run-mode';
import { readSetting } from '../settings';
import { IdentityConfigError, parseJsonSetting } from './apps';

export const TOKEN_ALGORITHM = 'ES256';

const privateJwkSchema = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
  d: z.string().min(1),
  kid: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'a kid of letters, digits, ".", "_" or "-"'),
});
const keysSchema = z.array(privateJwkSchema).min(1, 'at least one key, the current one first');

export type PublicJwk = {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: string;
  use: 'sig';
};

export type SigningKeys = {
  /** The key new tokens are signed with. */
  current: { kid: string; key: CryptoKey };
  /** Every key a token may have been signed with, current first: the JWKS. */
  published: PublicJwk[];
};

/** Where a development server keeps the key it generated (git-ignored). */
export const DEV_KEYS_FILE = path.join(process.cwd(), '.data', 'identity-signing-keys.json');

/** A new signing key as a private JWK, for IDENTITY_SIGNING_KEYS (`npm run identity-key`). */
export function generateSigningJwk(
  kid = `key-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`,
) {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    ...(privateKey.export({ format: 'jwk' }) as JWK),
    kid,
    alg: TOKEN_ALGORITHM,
    use: 'sig',
  };
}

/** The dev key file, made on first use; `wx` so two servers starting together agree on one. */
function devKeysText(): string {
  try {
    return fs.readFileSync(DEV_KEYS_FILE, 'utf8');
  } catch {
    fs.mkdirSync(path.dirname(DEV_KEYS_FILE), { recursive: true });
    try {
      fs.writeFileSync(DEV_KEYS_FILE, `${JSON.stringify([generateSigningJwk('dev')], null, 2)}\n`, {
        flag: 'wx',
        mode: 0o600,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return fs.readFileSync(DEV_KEYS_FILE, 'utf8');
  }
}

/** The configured keys as text and where they came from; null when there are none. */
export function signingKeysSource(
  env: Record<string, string | undefined> = process.env,
): { text: string; source: string } | null {
  const setting = readSetting(env, 'IDENTITY_SIGNING_KEYS');
  if (setting) return setting;
  if (!usesDevelopmentDefaults(env)) return null;
  return { text: devKeysText(), source: DEV_KEYS_FILE };
}

/** Checks the keys' shape; throws IdentityConfigError saying what is wrong. */
export function parseSigningJwks(text: string, source: string) {
  const jwks = parseJsonSetting(text, source, keysSchema, {
    path: (at) => `key ${at}`,
    hint: ' (EC P-256 private JWKs)',
  });
  if (new Set(jwks.map((key) => key.kid)).size !== jwks.length) {
    throw new IdentityConfigError(`${source}: each kid may appear once`);
  }
  return jwks;
}

/**
 * The key's RFC 7638 thumbprint: the same for one key pair whatever its `kid` or file, which is
 * how the start-up checks recognise a published development key.
 */
export function jwkThumbprint({ crv, kty, x, y }: Pick<PublicJwk, 'crv' | 'kty' | 'x' | 'y'>) {
  return createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
}

const toPublic = ({ x, y, kid }: z.infer<typeof privateJwkSchema>): PublicJwk => ({
  kty: 'EC',
  crv: 'P-256',
  x,
  y,
  kid,
  alg: TOKEN_ALGORITHM,
  use: 'sig',
});

/** The keys from their JSON text: the current one ready to sign, and every public half. */
export async function loadSigningKeys(text: string, source: string): Promise<SigningKeys> {
  const jwks = parseSigningJwks(text, source);
  const first = jwks[0]!;
  const key = await importJWK({ ...first, alg: TOKEN_ALGORITHM }, TOKEN_ALGORITHM);
  if (!(key instanceof CryptoKey))
    throw new IdentityConfigError(`${source}: the first key cannot sign`);
  return { current: { kid: first.kid, key }, published: jwks.map(toPublic) };
}

let loaded: Promise<SigningKeys> | null | undefined;

/**
 * This server's keys, read once (a rotation is a new setting, so a restart); null when
 * tokens are off (a store's server without keys).
 */
export function getSigningKeys(): Promise<SigningKeys> | null {
  if (loaded === undefined) {
    const found = signingKeysSource();
    loaded = found ? loadSigningKeys(found.text, found.source) : null;
  }
  return loaded;
}

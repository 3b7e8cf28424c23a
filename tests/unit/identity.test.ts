// @vitest-environment node
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';

import { IdentityConfigError, readIdentityApps, type IdentityApp } from '@/lib/identity/apps';
import {
  generateSigningJwk,
  loadSigningKeys,
  parseSigningJwks,
  signingKeysSource,
} from '@/lib/identity/keys';
import { issueIdentityToken } from '@/lib/identity/token';

const ISSUER = 'https://shop.example';
const app = (over: Partial<IdentityApp> = {}): IdentityApp => ({
  clientId: 'loyalty',
  name: 'Loyalty widget',
  origins: ['https://widgets.shop.example'],
  shareEmail: false,
  ...over,
});
const customer = { id: 'cus_1', email: 'dana@example.com', companyName: 'Demo Ltd' };
const keysText = (...jwks: object[]) => JSON.stringify(jwks);

/** What an app's server does: verify against the published keys, for its own audience. */
async function verifiedSubject(token: string, published: object[], audience = 'loyalty') {
  const jwks = createLocalJWKSet({ keys: published as never[] });
  const { payload } = await jwtVerify(token, jwks, {
    issuer: ISSUER,
    audience,
    algorithms: ['ES256'],
  });
  return payload.sub;
}

describe('readIdentityApps', () => {
  it('reads the apps, with no email and no origins unless said', () => {
    expect(
      readIdentityApps({
        IDENTITY_APPS: JSON.stringify([{ clientId: 'reviews', name: 'Reviews' }]),
      }),
    ).toEqual([{ clientId: 'reviews', name: 'Reviews', origins: [], shareEmail: false }]);
    expect(readIdentityApps({})).toEqual([]);
  });

  it('refuses what would be a mistake, saying which', () => {
    const read = (apps: unknown) => () => readIdentityApps({ IDENTITY_APPS: JSON.stringify(apps) });
    expect(read([{ clientId: 'a', name: 'A', origins: ['https://x.example/path'] }])).toThrow(
      /origins\.0: an origin is a scheme, host and port only/,
    );
    expect(read([{ clientId: 'a b', name: 'A' }])).toThrow(/clientId/);
    expect(
      read([
        { clientId: 'a', name: 'A' },
        { clientId: 'a', name: 'B' },
      ]),
    ).toThrow(/once/);
    expect(read([{ clientId: 'a', name: 'A', sharesEmail: true }])).toThrow(IdentityConfigError);
    expect(() => readIdentityApps({ IDENTITY_APPS: '{' })).toThrow('IDENTITY_APPS is not JSON');
    expect(() => readIdentityApps({ IDENTITY_APPS_FILE: '/nonexistent/apps.json' })).toThrow(
      /cannot be read \(ENOENT\)/,
    );
  });
});

describe('signing keys', () => {
  it('refuses keys that are not EC P-256 private JWKs with a kid, or share a kid', () => {
    const { d: _d, ...publicOnly } = generateSigningJwk('a');
    expect(() => parseSigningJwks(keysText(publicOnly), 'K')).toThrow(/key 0\.d/);
    expect(() => parseSigningJwks('[]', 'K')).toThrow(/at least one key/);
    const key = generateSigningJwk('same');
    expect(() => parseSigningJwks(keysText(key, generateSigningJwk('same')), 'K')).toThrow(/once/);
    expect(parseSigningJwks(keysText(key), 'K')).toHaveLength(1);
  });

  it('production makes no key of its own', () => {
    expect(signingKeysSource({ NODE_ENV: 'production' })).toBeNull();
    expect(signingKeysSource({ NODE_ENV: 'production', IDENTITY_SIGNING_KEYS: '[]' })).toEqual({
      text: '[]',
      source: 'IDENTITY_SIGNING_KEYS',
    });
  });
});

describe('issueIdentityToken', () => {
  it('signs ES256 with the kid, for the app, about the customer, for 300 s', async () => {
    const keys = await loadSigningKeys(keysText(generateSigningJwk('k1')), 'K');
    const now = Date.UTC(2026, 11, 1, 12);
    const { token, expiresIn } = await issueIdentityToken({
      issuer: ISSUER,
      app: app(),
      customer,
      keys,
      now,
    });
    expect(expiresIn).toBe(300);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: 'k1' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: 'loyalty',
      sub: 'cus_1',
      iat: now / 1000,
      exp: now / 1000 + 300,
    });
    expect(claims).not.toHaveProperty('email');
    expect(claims).not.toHaveProperty('company');
    const again = await issueIdentityToken({ issuer: ISSUER, app: app(), customer, keys, now });
    expect(decodeJwt(again.token).jti).not.toBe(claims.jti);
  });

  it('adds the email and company only for an app that is shown them', async () => {
    const keys = await loadSigningKeys(keysText(generateSigningJwk('k1')), 'K');
    const shared = await issueIdentityToken({
      issuer: ISSUER,
      app: app({ shareEmail: true }),
      customer,
      keys,
    });
    expect(decodeJwt(shared.token)).toMatchObject({
      email: 'dana@example.com',
      company: 'Demo Ltd',
    });
    const noCompany = await issueIdentityToken({
      issuer: ISSUER,
      app: app({ shareEmail: true }),
      customer: { ...customer, companyName: null },
      keys,
    });
    expect(decodeJwt(noCompany.token)).not.toHaveProperty('company');
  });
});

describe('key rotation', () => {
  it('a new current key signs; tokens of the retired one verify until it is dropped', async () => {
    const oldKey = generateSigningJwk('2026-11');
    const newKey = generateSigningJwk('2026-12');
    const before = await loadSigningKeys(keysText(oldKey), 'K');
    const oldToken = (
      await issueIdentityToken({ issuer: ISSUER, app: app(), customer, keys: before })
    ).token;
    expect(await verifiedSubject(oldToken, before.published)).toBe('cus_1');

    // Rotation: the new key goes first; the old one stays, retired.
    const rotated = await loadSigningKeys(keysText(newKey, oldKey), 'K');
    expect(rotated.published.map((key) => key.kid)).toEqual(['2026-12', '2026-11']);
    expect(rotated.published.every((key) => !('d' in key))).toBe(true);
    const newToken = (
      await issueIdentityToken({ issuer: ISSUER, app: app(), customer, keys: rotated })
    ).token;
    expect(decodeProtectedHeader(newToken).kid).toBe('2026-12');
    expect(await verifiedSubject(newToken, rotated.published)).toBe('cus_1');
    expect(await verifiedSubject(oldToken, rotated.published)).toBe('cus_1');

    // Once the old tokens have expired, the retired key is dropped, and they verify no more.
    const dropped = await loadSigningKeys(keysText(newKey), 'K');
    await expect(verifiedSubject(oldToken, dropped.published)).rejects.toThrow();
    expect(await verifiedSubject(newToken, dropped.published)).toBe('cus_1');
  });

  it('a token for another app does not verify as this one’s', async () => {
    const keys = await loadSigningKeys(keysText(generateSigningJwk('k1')), 'K');
    const token = (
      await issueIdentityToken({
        issuer: ISSUER,
        app: app({ clientId: 'reviews' }),
        customer,
        keys,
      })
    ).token;
    await expect(verifiedSubject(token, keys.published, 'loyalty')).rejects.toThrow(/aud/);
  });
});

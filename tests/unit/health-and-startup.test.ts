// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { GET } from '@/app/api/health/route';
import { generateSigningJwk } from '@/lib/identity/keys';
import { checkSettingsOrExit } from '@/lib/startup-checks';

describe('GET /api/health', () => {
  it('answers 200 {ok:true}, never cached', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: true });
  });
});

const dir = mkdtempSync(path.join(tmpdir(), 'storefront-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the start-up checks; returns the exit code asked for and the lines logged. */
function start(env: Record<string, string | undefined>) {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.stubEnv('MEDUSA_VERSION', 'v2');
  vi.stubEnv('MEDUSA_PUBLISHABLE_KEY', '');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  checkSettingsOrExit();
  return {
    code: exit.mock.calls[0]?.[0],
    lines: error.mock.calls.map((args) => args.join(' ')),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('checkSettingsOrExit and MEDUSA_PUBLISHABLE_KEY_FILE', () => {
  it('starts with a key file that holds a key', () => {
    const file = path.join(dir, 'key');
    writeFileSync(file, 'pk_123\n');
    expect(start({ MEDUSA_PUBLISHABLE_KEY_FILE: file })).toEqual({ code: undefined, lines: [] });
  });

  it('stops with one line when the key file is missing', () => {
    const file = path.join(dir, 'absent');
    expect(start({ MEDUSA_PUBLISHABLE_KEY_FILE: file })).toEqual({
      code: 1,
      lines: [
        `The storefront cannot start: MEDUSA_PUBLISHABLE_KEY_FILE "${file}" cannot be read (ENOENT)`,
      ],
    });
  });

  it('stops with one line when the key file is empty', () => {
    const file = path.join(dir, 'empty');
    writeFileSync(file, '\n');
    expect(start({ MEDUSA_PUBLISHABLE_KEY_FILE: file })).toEqual({
      code: 1,
      lines: [`The storefront cannot start: MEDUSA_PUBLISHABLE_KEY_FILE "${file}" is empty`],
    });
  });

  it('stops when apps are registered in production with no keys to sign their tokens', () => {
    const production = {
      MEDUSA_PUBLISHABLE_KEY: 'pk_1',
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      IDENTITY_APPS: JSON.stringify([{ clientId: 'loyalty', name: 'Loyalty' }]),
    };
    expect(start(production)).toEqual({
      code: 1,
      lines: [
        'The storefront cannot start: IDENTITY_APPS registers apps but there is no IDENTITY_SIGNING_KEYS (or IDENTITY_SIGNING_KEYS_FILE) to sign their tokens with',
      ],
    });
    expect(start({ ...production, IDENTITY_SIGNING_KEYS: '[{"kty":"RSA"}]' }).lines.at(-1)).toMatch(
      /^The storefront cannot start: IDENTITY_SIGNING_KEYS: key 0\.kty/,
    );
    expect(start({ ...production, IDENTITY_APPS: '[{"name":"no id"}]' }).lines.at(-1)).toMatch(
      /^The storefront cannot start: IDENTITY_APPS: 0\.clientId/,
    );
  });
});

/** A store's own settings, none of them shipped with the repository. */
function ownSecrets() {
  const keys = path.join(dir, `own-keys-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(keys, JSON.stringify([generateSigningJwk('own-1')]));
  return {
    MEDUSA_PUBLISHABLE_KEY: 'pk_1',
    SESSION_SECRET: randomBytes(32).toString('base64'),
    ORDER_EVENTS_SECRET: randomBytes(32).toString('base64'),
    MEDUSA_ADMIN_API_KEY: `sk_${randomBytes(16).toString('hex')}`,
    IDENTITY_APPS: JSON.stringify([{ clientId: 'loyalty', name: 'Loyalty' }]),
    IDENTITY_SIGNING_KEYS_FILE: keys,
  };
}

describe('a server outside next dev and the test suites needs its own session secret', () => {
  it.each(['staging', 'production', undefined])(
    'NODE_ENV=%j without SESSION_SECRET stops',
    (nodeEnv) => {
      const result = start({ ...ownSecrets(), NODE_ENV: nodeEnv, SESSION_SECRET: undefined });
      expect(result.code).toBe(1);
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(/^The storefront cannot start: SESSION_SECRET must be set/);
    },
  );

  it('NODE_ENV=staging with apps registered and no signing keys stops', () => {
    const result = start({
      ...ownSecrets(),
      NODE_ENV: 'staging',
      IDENTITY_SIGNING_KEYS_FILE: undefined,
    });
    expect(result).toEqual({
      code: 1,
      lines: [
        'The storefront cannot start: IDENTITY_APPS registers apps but there is no IDENTITY_SIGNING_KEYS (or IDENTITY_SIGNING_KEYS_FILE) to sign their tokens with',
      ],
    });
  });

  it.each(['development', 'test'])('NODE_ENV=%s starts without one', (nodeEnv) => {
    expect(
      start({ MEDUSA_PUBLISHABLE_KEY: 'pk_1', NODE_ENV: nodeEnv, SESSION_SECRET: undefined }),
    ).toEqual({ code: undefined, lines: [] });
  });
});

// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { GET } from '@/app/api/health/route';
import { checkSettingsOrExit } from '@/lib/startup-checks';

describe('GET /api/health', () => {
  it('answers 200 {ok:true}, never cached', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('checkSettingsOrExit and MEDUSA_PUBLISHABLE_KEY_FILE', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'storefront-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  /** Runs the start-up checks; returns the exit code asked for and the lines logged. */
  function start(env: Record<string, string>) {
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
    // (The spies add up within one test: the newest line is this start's.)
    expect(start({ ...production, IDENTITY_SIGNING_KEYS: '[{"kty":"RSA"}]' }).lines.at(-1)).toMatch(
      /^The storefront cannot start: IDENTITY_SIGNING_KEYS: key 0\.kty/,
    );
    expect(start({ ...production, IDENTITY_APPS: '[{"name":"no id"}]' }).lines.at(-1)).toMatch(
      /^The storefront cannot start: IDENTITY_APPS: 0\.clientId/,
    );
  });
});

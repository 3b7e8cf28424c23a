// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { GET } from '@/app/api/health/route';
import {
  BENCH_SESSION_SECRET,
  DEMO_SESSION_SECRET,
  MEASURE_SESSION_SECRET,
  SCREENSHOTS_SESSION_SECRET,
} from '@/lib/dev-secrets';
import { generateSigningJwk } from '@/lib/identity/keys';
import { sessionSecrets } from '@/lib/session-secret';
import { checkSettingsOrExit } from '@/lib/startup-checks';
import { E2E_SESSION_SECRET, ROOT } from '@/tests/support/backends';
import { DEV_ADMIN } from '@/tools/backends/world';
import { DEV_ORDER_EVENTS } from '@/tools/lib/order-events';

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

describe('the development secrets this repository ships are refused outside development', () => {
  /** A default of compose.yaml's x-dev-secrets, e.g. `session-secret: &session-secret ${SESSION_SECRET:-…}`. */
  function composeDefault(anchor: string): string {
    const compose = readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8');
    const found = new RegExp(`^\\s+${anchor}: &${anchor} \\$\\{\\w+:-([^}]+)\\}$`, 'm').exec(
      compose,
    );
    if (!found) throw new Error(`compose.yaml has no default for ${anchor}`);
    return found[1]!;
  }

  const DEV_KEYS_FILE = path.join(ROOT, 'docker', 'dev-only-identity-keys.json');
  const devKeys = JSON.parse(readFileSync(DEV_KEYS_FILE, 'utf8')) as Record<string, string>[];

  /** [setting, the shipped value, where it ships]. */
  const SHIPPED: [string, string, string][] = [
    ['SESSION_SECRET', sessionSecrets({ NODE_ENV: 'development' })[0]!, 'lib/session-secret.ts'],
    ['SESSION_SECRET', E2E_SESSION_SECRET, 'the browser suites'],
    ['SESSION_SECRET', composeDefault('session-secret'), 'compose.yaml'],
    ['SESSION_SECRET', DEMO_SESSION_SECRET, 'npm run demo'],
    ['SESSION_SECRET', SCREENSHOTS_SESSION_SECRET, 'npm run screenshots'],
    ['SESSION_SECRET', BENCH_SESSION_SECRET, 'npm run bench'],
    ['SESSION_SECRET', MEASURE_SESSION_SECRET, 'tools/measure-backend-calls.ts'],
    ['ORDER_EVENTS_SECRET', DEV_ORDER_EVENTS.secret, 'the dev backends'],
    ['ORDER_EVENTS_SECRET', composeDefault('order-events-secret'), 'compose.yaml'],
    ['MEDUSA_ADMIN_API_KEY', DEV_ADMIN.v1ApiToken, 'the dev v1 backend'],
    ['MEDUSA_ADMIN_API_KEY', composeDefault('v1-admin-token'), 'compose.yaml'],
  ];

  /** A shipped value as a setting, and where the refusal must point. */
  const cases: { name: string; env: Record<string, string>; names: string; hides: string }[] = [
    ...SHIPPED.map(([setting, value, where]) => ({
      name: `${setting} from ${where}`,
      env: { [setting]: value },
      names: setting,
      hides: value,
    })),
    ...['ORDER_EVENTS_SECRET', 'MEDUSA_ADMIN_API_KEY'].map((setting) => {
      const [, value, where] = SHIPPED.find(([name]) => name === setting)!;
      const file = path.join(dir, setting);
      writeFileSync(file, `${value}\n`);
      return {
        name: `${setting}_FILE holding the one from ${where}`,
        env: { [setting]: '', [`${setting}_FILE`]: file },
        names: `${setting}_FILE`,
        hides: value,
      };
    }),
    {
      name: 'IDENTITY_SIGNING_KEYS_FILE naming docker/dev-only-identity-keys.json',
      env: { IDENTITY_SIGNING_KEYS_FILE: DEV_KEYS_FILE },
      names: 'IDENTITY_SIGNING_KEYS_FILE',
      hides: devKeys[0]!.d!,
    },
    {
      name: 'IDENTITY_SIGNING_KEYS holding that key, renamed and retired behind a key of its own',
      env: {
        IDENTITY_SIGNING_KEYS: JSON.stringify([
          generateSigningJwk('own-2'),
          { ...devKeys[0], kid: 'renamed' },
        ]),
        IDENTITY_SIGNING_KEYS_FILE: '',
      },
      names: 'IDENTITY_SIGNING_KEYS',
      hides: devKeys[0]!.d!,
    },
  ];

  describe.each(['production', 'staging'])('NODE_ENV=%s', (nodeEnv) => {
    it.each(cases)('stops on $name with one line naming the setting', ({ env, names, hides }) => {
      const result = start({ ...ownSecrets(), NODE_ENV: nodeEnv, ...env });
      expect(result.code).toBe(1);
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(
        new RegExp(`^The storefront cannot start: ${names}\\b.* development-only`),
      );
      expect(result.lines[0]).not.toContain(hides);
    });

    it.each(cases)('starts on $name with ALLOW_DEV_SECRETS=true', ({ env }) => {
      expect(
        start({ ...ownSecrets(), NODE_ENV: nodeEnv, ALLOW_DEV_SECRETS: 'true', ...env }),
      ).toEqual({ code: undefined, lines: [] });
    });

    it('starts with secrets of its own', () => {
      expect(start({ ...ownSecrets(), NODE_ENV: nodeEnv })).toEqual({ code: undefined, lines: [] });
    });
  });

  it.each(cases)('does not apply to the test suites (NODE_ENV=test): $name', ({ env }) => {
    expect(start({ ...ownSecrets(), NODE_ENV: 'test', ...env })).toEqual({
      code: undefined,
      lines: [],
    });
  });

  it('ALLOW_DEV_SECRETS takes only "true"', () => {
    const env = { ...ownSecrets(), NODE_ENV: 'production', SESSION_SECRET: E2E_SESSION_SECRET };
    for (const allow of ['1', 'yes', 'TRUE ', 'false', '']) {
      expect(start({ ...env, ALLOW_DEV_SECRETS: allow }).code, allow).toBe(1);
    }
  });
});

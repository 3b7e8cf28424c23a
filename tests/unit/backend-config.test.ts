import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createBackend, readBackendConfig } from '@/lib/medusa';
import { CAPABILITIES, capabilitiesOf } from '@/lib/medusa/capabilities';

describe('readBackendConfig', () => {
  it('runs Medusa v2, the maintained line, unless told otherwise', () => {
    expect(readBackendConfig({})).toEqual({
      version: 'v2',
      baseUrl: 'http://localhost:9001',
      publishableApiKey: undefined,
      timeoutMs: 8000,
      fileLocation: {
        protocol: 'http:',
        hostname: 'localhost',
        port: '9001',
        pathPrefix: '/static/',
      },
      translations: true,
      catalogueLanguage: 'en',
    });
  });

  it('reads the version, URL and publishable key from the environment', () => {
    expect(
      readBackendConfig({
        MEDUSA_VERSION: 'V1',
        MEDUSA_BACKEND_URL: 'https://shop.example.com/',
        MEDUSA_PUBLISHABLE_KEY: 'pk_1',
        MEDUSA_TIMEOUT_MS: '2500',
      }),
    ).toEqual({
      version: 'v1',
      baseUrl: 'https://shop.example.com',
      publishableApiKey: 'pk_1',
      timeoutMs: 2500,
      fileLocation: {
        protocol: 'https:',
        hostname: 'shop.example.com',
        port: '',
        pathPrefix: '/uploads/images/',
      },
      translations: true,
      catalogueLanguage: 'en',
    });
  });

  it('asks for translations unless MEDUSA_TRANSLATIONS is off, titles in the catalogue’s language shown as stored', () => {
    expect(readBackendConfig({ MEDUSA_TRANSLATIONS: ' OFF ' }).translations).toBe(false);
    expect(readBackendConfig({ MEDUSA_TRANSLATIONS: 'on' }).translations).toBe(true);
    expect(readBackendConfig({ MEDUSA_CATALOGUE_LANGUAGE: ' DE ' }).catalogueLanguage).toBe('de');
    expect(() => readBackendConfig({ MEDUSA_TRANSLATIONS: 'false' })).toThrow(
      /MEDUSA_TRANSLATIONS must be "on" or "off"/,
    );
    for (const value of ['de-DE', 'German', 'd']) {
      expect(() => readBackendConfig({ MEDUSA_CATALOGUE_LANGUAGE: value }), value).toThrow(
        /MEDUSA_CATALOGUE_LANGUAGE/,
      );
    }
  });

  it('takes the store’s files from MEDUSA_FILE_URL, and refuses one that is not http(s)', () => {
    expect(
      readBackendConfig({ MEDUSA_FILE_URL: 'https://cdn.example.com/media' }).fileLocation,
    ).toEqual({ protocol: 'https:', hostname: 'cdn.example.com', port: '', pathPrefix: '/media/' });
    expect(() => readBackendConfig({ MEDUSA_FILE_URL: 'file:///srv/media' })).toThrow(
      /MEDUSA_FILE_URL/,
    );
  });

  it.each(['soon', '0', '-5', '1.5', '999999'])('refuses the timeout %j', (value) => {
    expect(() => readBackendConfig({ MEDUSA_TIMEOUT_MS: value })).toThrow(/MEDUSA_TIMEOUT_MS/);
  });

  it('refuses an unknown version instead of guessing', () => {
    expect(() => readBackendConfig({ MEDUSA_VERSION: 'v3' })).toThrow(/MEDUSA_VERSION/);
  });
});

describe('readBackendConfig with MEDUSA_PUBLISHABLE_KEY_FILE', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'storefront-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const keyFile = (name: string, contents: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, contents);
    return file;
  };

  for (const {
    name,
    file: [fileName, contents],
    env,
    key,
  } of [
    {
      name: 'reads the key from the file, without the surrounding whitespace',
      file: ['key', '  pk_from_file\n'],
      env: {},
      key: 'pk_from_file',
    },
    {
      name: 'prefers MEDUSA_PUBLISHABLE_KEY when both are set',
      file: ['other', 'pk_from_file'],
      env: { MEDUSA_PUBLISHABLE_KEY: 'pk_env' },
      key: 'pk_env',
    },
    {
      name: 'reads the file when MEDUSA_PUBLISHABLE_KEY is empty',
      file: ['fallback', 'pk_from_file'],
      env: { MEDUSA_PUBLISHABLE_KEY: '' },
      key: 'pk_from_file',
    },
  ] as const) {
    it(name, () => {
      const file = keyFile(fileName, contents);
      expect(
        readBackendConfig({ ...env, MEDUSA_PUBLISHABLE_KEY_FILE: file }).publishableApiKey,
      ).toBe(key);
    });
  }

  it('refuses a file that does not exist, naming the setting and the path', () => {
    const file = path.join(dir, 'missing');
    expect(() => readBackendConfig({ MEDUSA_PUBLISHABLE_KEY_FILE: file })).toThrow(
      `MEDUSA_PUBLISHABLE_KEY_FILE "${file}" cannot be read (ENOENT)`,
    );
  });

  it.each(['', ' \n\t\n'])('refuses a file holding only %j', (contents) => {
    const file = keyFile('blank', contents);
    expect(() => readBackendConfig({ MEDUSA_PUBLISHABLE_KEY_FILE: file })).toThrow(
      `MEDUSA_PUBLISHABLE_KEY_FILE "${file}" is empty`,
    );
  });

  it('refuses a directory instead of a file', () => {
    expect(() => readBackendConfig({ MEDUSA_PUBLISHABLE_KEY_FILE: dir })).toThrow(
      /MEDUSA_PUBLISHABLE_KEY_FILE .* cannot be read \(EISDIR\)/,
    );
  });
});

describe('createBackend', () => {
  it('gives each version the capabilities declared for it, photos only with admin credentials', () => {
    const v1 = { version: 'v1', baseUrl: 'http://localhost:9000' } as const;
    const v2 = {
      version: 'v2',
      baseUrl: 'http://localhost:9001',
      publishableApiKey: 'pk_1',
    } as const;
    expect(createBackend({ ...v1, adminApiKey: 'token' }).capabilities).toEqual(CAPABILITIES.v1);
    expect(createBackend({ ...v2, adminApiKey: 'sk_1' }).capabilities).toEqual(CAPABILITIES.v2);
    expect(createBackend(v1).capabilities).toEqual({
      ...CAPABILITIES.v1,
      storesProfilePhoto: false,
    });
    expect(createBackend(v2).capabilities).toEqual({
      ...CAPABILITIES.v2,
      storesProfilePhoto: false,
    });
  });

  it('translates product titles on v2 unless told not to ask, as capabilitiesOf says; never on v1', () => {
    const v2 = {
      version: 'v2',
      baseUrl: 'http://localhost:9001',
      publishableApiKey: 'pk_1',
    } as const;
    const v1 = { version: 'v1', baseUrl: 'http://localhost:9000' } as const;
    const on = createBackend(v2);
    const off = createBackend({ ...v2, translations: false });
    expect(on.capabilities.translatesProductTitles).toBe(true);
    expect(on.productTitlesIn).toBeTypeOf('function');
    expect(off.capabilities.translatesProductTitles).toBe(false);
    expect(off.productTitlesIn).toBeUndefined();
    expect(createBackend(v1).capabilities.translatesProductTitles).toBe(false);
    expect(createBackend(v1).productTitlesIn).toBeUndefined();
    for (const [backend, asksTranslations] of [
      [on, true],
      [off, false],
    ] as const) {
      expect(backend.capabilities).toEqual(
        capabilitiesOf('v2', { hasAdminApiKey: false, asksTranslations }),
      );
    }
  });

  it('reads the admin credentials from MEDUSA_ADMIN_API_KEY or the file it names', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storefront-admin-key-'));
    const file = path.join(dir, 'admin.key');
    writeFileSync(file, 'sk_from_file\n');
    expect(readBackendConfig({ MEDUSA_ADMIN_API_KEY: 'sk_env' }).adminApiKey).toBe('sk_env');
    expect(readBackendConfig({ MEDUSA_ADMIN_API_KEY_FILE: file }).adminApiKey).toBe('sk_from_file');
    expect(readBackendConfig({}).adminApiKey).toBeUndefined();
    expect(() =>
      readBackendConfig({ MEDUSA_ADMIN_API_KEY_FILE: path.join(dir, 'missing.key') }),
    ).toThrow(/MEDUSA_ADMIN_API_KEY_FILE .* cannot be read \(ENOENT\)/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('will not start a v2 backend without the publishable key every store call needs', () => {
    expect(() => createBackend({ version: 'v2', baseUrl: 'http://localhost:9001' })).toThrow(
      /MEDUSA_PUBLISHABLE_KEY/,
    );
  });
});

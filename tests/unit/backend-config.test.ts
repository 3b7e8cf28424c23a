import { describe, expect, it } from 'vitest';

import { createBackend, readBackendConfig } from '@/lib/medusa';
import { CAPABILITIES } from '@/lib/medusa/capabilities';

describe('readBackendConfig', () => {
  it('runs Medusa v2, the maintained line, unless told otherwise', () => {
    expect(readBackendConfig({})).toEqual({
      version: 'v2',
      baseUrl: 'http://localhost:9001',
      publishableApiKey: undefined,
      timeoutMs: 8000,
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
    });
  });

  it.each(['soon', '0', '-5', '1.5', '999999'])('refuses the timeout %j', (value) => {
    expect(() => readBackendConfig({ MEDUSA_TIMEOUT_MS: value })).toThrow(/MEDUSA_TIMEOUT_MS/);
  });

  it('refuses an unknown version instead of guessing', () => {
    expect(() => readBackendConfig({ MEDUSA_VERSION: 'v3' })).toThrow(/MEDUSA_VERSION/);
  });
});

describe('createBackend', () => {
  it('gives each version the capabilities declared for it', () => {
    expect(createBackend({ version: 'v1', baseUrl: 'http://localhost:9000' }).capabilities).toEqual(
      CAPABILITIES.v1,
    );
    expect(
      createBackend({ version: 'v2', baseUrl: 'http://localhost:9001', publishableApiKey: 'pk_1' })
        .capabilities,
    ).toEqual(CAPABILITIES.v2);
  });

  it('will not start a v2 backend without the publishable key every store call needs', () => {
    expect(() => createBackend({ version: 'v2', baseUrl: 'http://localhost:9001' })).toThrow(
      /MEDUSA_PUBLISHABLE_KEY/,
    );
  });
});

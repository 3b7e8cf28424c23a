// @vitest-environment node
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { signingKeysSource } from '@/lib/identity/keys';
import { sessionCookieMode } from '@/lib/session-cookie';
import { proxy } from '@/proxy';

// Only `next dev` (NODE_ENV=development) and the test suites (NODE_ENV=test) get development
// defaults; a server with any other NODE_ENV, or none, is treated as a store's.
const NOT_DEVELOPMENT = ['production', 'staging', 'prod', 'Production', ''];

describe('anything but next dev and the test suites runs as production', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(NOT_DEVELOPMENT)('NODE_ENV=%j gets the __Host- session cookie, Secure', (nodeEnv) => {
    for (const host of ['shop.example', 'localhost:3000']) {
      expect(sessionCookieMode(host, { NODE_ENV: nodeEnv })).toEqual({
        name: '__Host-account_session',
        secure: true,
      });
    }
  });

  it('no NODE_ENV at all gets the __Host- session cookie, Secure', () => {
    expect(sessionCookieMode('shop.example', {})).toEqual({
      name: '__Host-account_session',
      secure: true,
    });
  });

  it.each(['development', 'test'])('NODE_ENV=%s keeps the plain cookie over http', (nodeEnv) => {
    expect(sessionCookieMode('localhost:3000', { NODE_ENV: nodeEnv })).toEqual({
      name: 'account_session',
      secure: false,
    });
  });

  it.each([...NOT_DEVELOPMENT, undefined])(
    'NODE_ENV=%j makes no identity-token key of its own',
    (nodeEnv) => {
      expect(signingKeysSource({ NODE_ENV: nodeEnv })).toBeNull();
    },
  );

  it('the proxy sends production headers and a Secure reset-link cookie under NODE_ENV=staging', () => {
    vi.stubEnv('NODE_ENV', 'staging');
    const response = proxy(
      new NextRequest('https://shop.example/account/reset-password?token=t&email=a%40b.example', {
        headers: { host: 'shop.example' },
      }),
    );
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/i);
  });

  it('the proxy keeps development headers under next dev', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const response = proxy(new NextRequest('http://localhost:3000/account/login'));
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain('unsafe-eval');
  });
});

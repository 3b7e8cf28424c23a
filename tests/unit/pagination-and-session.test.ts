import { describe, expect, it } from 'vitest';

import { parsePageParam } from '@/lib/pagination';
import { sessionCookieAttributes, sessionCookieMode } from '@/lib/session-cookie';

describe('parsePageParam', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['abc', 1],
    ['-3', 1],
    ['0', 1],
    ['2.5', 1],
    ['1e3', 1],
    ['99999999999', 1],
    [['2', '3'], 1],
    ['2', 2],
    [' 3 ', 3],
    ['40', 40],
  ])('reads %j as page %i', (input, expected) => {
    expect(parsePageParam(input)).toBe(expected);
  });
});

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Lax, site-wide and plain-named outside production', () => {
    const { secure } = sessionCookieMode('localhost:3000', { NODE_ENV: 'development' });
    expect(sessionCookieAttributes(secure, 60)).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: false,
    });
    expect(sessionCookieMode('localhost:3000', { NODE_ENV: 'development' }).name).toBe(
      'account_session',
    );
  });

  it('is __Host- prefixed and Secure in production, on any host', () => {
    for (const host of ['shop.example', 'localhost:3000', null]) {
      expect(sessionCookieMode(host, { NODE_ENV: 'production' })).toEqual({
        name: '__Host-account_session',
        secure: true,
      });
    }
  });

  it('drops Secure and the prefix for plain-http demos on a loopback host only', () => {
    const env = { NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' };
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost']) {
      expect(sessionCookieMode(host, env), host).toEqual({
        name: 'account_session',
        secure: false,
      });
    }
    for (const host of ['shop.example', 'localhost.evil.example', '10.0.0.5:3000', null]) {
      expect(sessionCookieMode(host, env), String(host)).toEqual({
        name: '__Host-account_session',
        secure: true,
      });
    }
  });
});

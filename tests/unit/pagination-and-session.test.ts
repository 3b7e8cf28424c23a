import { describe, expect, it } from 'vitest';

import { parsePageParam } from '@/lib/pagination';
import { sessionCookieOptions } from '@/lib/session';

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

describe('sessionCookieOptions', () => {
  it('is httpOnly, SameSite=Lax and site-wide', () => {
    expect(sessionCookieOptions({ NODE_ENV: 'development' })).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: false,
    });
  });

  it('is Secure in production unless explicitly turned off for plain-http demos', () => {
    expect(sessionCookieOptions({ NODE_ENV: 'production' }).secure).toBe(true);
    expect(
      sessionCookieOptions({ NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' }).secure,
    ).toBe(false);
  });
});

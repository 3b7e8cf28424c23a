import { describe, expect, it } from 'vitest';

import { loginUrl, sanitizeReturnTo } from '@/lib/return-to';

describe('sanitizeReturnTo', () => {
  it.each([
    ['/account/orders?page=2', '/account/orders?page=2'],
    ['/account/addresses#new', '/account/addresses#new'],
    ['/account/../account/profile', '/account/profile'],
    ['/', '/'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(sanitizeReturnTo(input)).toBe(expected);
  });

  it.each([
    ['https://evil.example/steal'],
    ['//evil.example/steal'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['javascript:alert(1)'],
    ['/account\n/orders'],
    ['/account\u0000'],
    ['account/orders'],
    [''],
    ['/account/login?returnTo=/account'],
    ['/account/register'],
    ['/account/session-expired'],
  ])('falls back to /account for %j', (input) => {
    expect(sanitizeReturnTo(input)).toBe('/account');
  });

  it('rejects values that are not strings or are absurdly long', () => {
    expect(sanitizeReturnTo(undefined)).toBe('/account');
    expect(sanitizeReturnTo(['/account/orders'])).toBe('/account');
    expect(sanitizeReturnTo(`/${'a'.repeat(3000)}`)).toBe('/account');
  });

  it('builds a login URL that carries a sanitised returnTo and an optional notice', () => {
    expect(loginUrl('/account/orders?page=3')).toBe(
      '/account/login?returnTo=%2Faccount%2Forders%3Fpage%3D3',
    );
    expect(loginUrl('https://evil.example', 'expired')).toBe(
      '/account/login?returnTo=%2Faccount&notice=expired',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sanitizeReturnTo } from '@/lib/return-to';

// Whatever a visitor puts in ?returnTo=, the path the storefront redirects to must stay on
// the storefront's origin when a browser resolves it from any of the storefront's pages.

const ORIGIN = 'https://shop.example';
const PAGES = [`${ORIGIN}/account/login?returnTo=x`, `${ORIGIN}/a/b/c/`, `${ORIGIN}/`];

/** Pieces an attacker strings together: dot segments, slashes of every kind, encodings. */
const PIECES = [
  '/',
  '//',
  '.',
  '..',
  '/./',
  '/../',
  '\\',
  '%2f',
  '%2F',
  '%5c',
  '%2e',
  '%2e%2e',
  '%252f',
  '\u2215', // division slash
  '\u2044', // fraction slash
  '\uff0f', // fullwidth solidus
  '\uff3c', // fullwidth reverse solidus
  '\u3002', // ideographic full stop
  '\t',
  '\n',
  '\r',
  '\u0000',
  ' ',
  '@',
  ':',
  '?',
  '#',
  'http:',
  'https://',
  'javascript:',
  'evil.example',
  'account',
  'orders',
];

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
);

function staysOnOrigin(path: string): boolean {
  return PAGES.every((page) => new URL(path, page).origin === ORIGIN);
}

describe('sanitizeReturnTo, for any input', () => {
  it('returns a path that resolves to the storefront origin from every page', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const path = sanitizeReturnTo(input);
        expect(path.startsWith('/')).toBe(true);
        expect(path.startsWith('//')).toBe(false);
        expect(path.startsWith('/\\')).toBe(false);
        expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        expect(staysOnOrigin(path)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('is stable: a sanitised path sanitises to itself', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const path = sanitizeReturnTo(input);
        expect(sanitizeReturnTo(path)).toBe(path);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    '/.//evil.example/x',
    '/./%2e//evil.example',
    '/a/..//evil.example',
    '/%2e%2e//evil.example',
    '/.\\/evil.example',
    '/./\t/evil.example',
  ])('does not turn %j into a protocol-relative URL', (input) => {
    const path = sanitizeReturnTo(input);
    expect(staysOnOrigin(path)).toBe(true);
    expect(path.startsWith('//')).toBe(false);
  });
});

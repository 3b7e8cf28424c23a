import { describe, expect, it } from 'vitest';

import { formatsFor } from '@/lib/i18n/format';
import { acceptedLanguages, chooseLocale, SUPPORTED_LOCALES } from '@/lib/i18n/locales';
import { messageRef, readMessageRef } from '@/lib/i18n/message';
import { readLanguageSettings } from '@/lib/i18n/settings';

const ALL = SUPPORTED_LOCALES;

describe('the language of a request', () => {
  it('is the shopper’s choice first, whatever the browser asks for', () => {
    expect(
      chooseLocale({
        chosen: 'fr',
        acceptLanguage: 'de-DE,de;q=0.9',
        offered: ALL,
        fallback: 'en',
      }),
    ).toBe('fr');
  });

  it('is the browser’s first offered language when nothing was chosen', () => {
    expect(
      chooseLocale({
        chosen: undefined,
        acceptLanguage: 'pt-BR,pt;q=0.9,nl;q=0.8,de;q=0.7',
        offered: ALL,
        fallback: 'en',
      }),
    ).toBe('nl');
    // Weights, not the order written, decide.
    expect(
      chooseLocale({
        chosen: null,
        acceptLanguage: 'it;q=0.2, sv-SE;q=0.9',
        offered: ALL,
        fallback: 'en',
      }),
    ).toBe('sv');
  });

  it('is the store’s default when neither names one it offers', () => {
    expect(
      chooseLocale({ chosen: 'pt', acceptLanguage: 'ja,zh;q=0.5', offered: ALL, fallback: 'de' }),
    ).toBe('de');
    expect(chooseLocale({ chosen: '', acceptLanguage: '', offered: ALL, fallback: 'en' })).toBe(
      'en',
    );
  });

  it('never picks a language the store does not offer, chosen or asked for', () => {
    const offered = ['en', 'de'] as const;
    expect(chooseLocale({ chosen: 'fr', acceptLanguage: 'fr', offered, fallback: 'en' })).toBe(
      'en',
    );
    expect(chooseLocale({ chosen: 'fr', acceptLanguage: 'fr,de', offered, fallback: 'en' })).toBe(
      'de',
    );
  });

  it('reads Accept-Language without trusting it: q=0 refused, wildcards and junk skipped, bounded', () => {
    expect(acceptedLanguages('de;q=0, fr;q=abc, *, es')).toEqual(['es']);
    expect(acceptedLanguages(`${'xx,'.repeat(40)}de`)).toEqual(['xx']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

describe('the store’s language settings', () => {
  it('offers every language by default, in English', () => {
    expect(readLanguageSettings({})).toEqual({ offered: ALL, fallback: 'en', timeZone: 'UTC' });
  });

  it('takes fewer languages, another default and the store’s time zone', () => {
    expect(
      readLanguageSettings({
        LOCALES: 'de, fr ,en',
        DEFAULT_LOCALE: 'DE',
        STORE_TIME_ZONE: 'Europe/Berlin',
      }),
    ).toEqual({ offered: ['de', 'fr', 'en'], fallback: 'de', timeZone: 'Europe/Berlin' });
  });

  it('refuses a language without a catalogue, a default it does not offer and an unknown zone', () => {
    expect(() => readLanguageSettings({ LOCALES: 'en,pt' })).toThrow(/LOCALES names pt/);
    expect(() => readLanguageSettings({ LOCALES: 'en,de', DEFAULT_LOCALE: 'fr' })).toThrow(
      /DEFAULT_LOCALE "fr" is not one of the offered languages/,
    );
    expect(() => readLanguageSettings({ STORE_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /STORE_TIME_ZONE "Mars\/Olympus"/,
    );
  });
});

// Intl's output uses no-break spaces (U+00A0, U+202F) where a space goes: shown as ␣ here.
const visible = (text: string) => text.replace(/[\u00a0\u202f]/g, '␣');

describe('money in the shopper’s language and the order’s currency', () => {
  const eur = { amount: 1234.5, currencyCode: 'eur' };
  const gbp = { amount: 1234.5, currencyCode: 'gbp' };
  const sek = { amount: 1234.5, currencyCode: 'sek' };
  it.each([
    ['en', '€1,234.50', '£1,234.50', 'SEK␣1,234.50'],
    ['de', '1.234,50␣€', '1.234,50␣£', '1.234,50␣SEK'],
    ['fr', '1␣234,50␣€', '1␣234,50␣£GB', '1␣234,50␣SEK'],
    ['es', '1234,50␣€', '1234,50␣GBP', '1234,50␣SEK'],
    ['it', '1234,50␣€', '1234,50␣£', '1234,50␣SEK'],
    ['nl', '€␣1.234,50', '£␣1.234,50', 'SEK␣1.234,50'],
    ['sv', '1␣234,50␣€', '1␣234,50␣GBP', '1␣234,50␣kr'],
  ])('%s: EUR %s, GBP %s, SEK %s', (locale, inEur, inGbp, inSek) => {
    const f = formatsFor(locale, 'UTC');
    expect([f.money(eur), f.money(gbp), f.money(sek)].map(visible)).toEqual([inEur, inGbp, inSek]);
  });
});

describe('dates in the shopper’s language, in the store’s time zone', () => {
  // 23:30 UTC on 4 March is already 5 March in Berlin and Stockholm.
  const late = '2026-03-04T23:30:00.000Z';
  it.each([
    ['en', '4 Mar 2026', '5 Mar 2026'],
    ['de', '04.03.2026', '05.03.2026'],
    ['fr', '4 mars 2026', '5 mars 2026'],
    ['es', '4 mar 2026', '5 mar 2026'],
    ['it', '4 mar 2026', '5 mar 2026'],
    ['nl', '4 mrt 2026', '5 mrt 2026'],
    ['sv', '4 mars 2026', '5 mars 2026'],
  ])('%s: %s in UTC, %s in Europe/Berlin', (locale, inUtc, inBerlin) => {
    expect(visible(formatsFor(locale, 'UTC').date(late))).toBe(inUtc);
    expect(visible(formatsFor(locale, 'Europe/Berlin').date(late))).toBe(inBerlin);
  });

  it('names countries in the shopper’s language', () => {
    expect(formatsFor('de', 'UTC').country('se')).toBe('Schweden');
    expect(formatsFor('fr', 'UTC').country('DE')).toBe('Allemagne');
    expect(formatsFor('en', 'UTC').country('xy')).toBe('XY');
  });
});

describe('a message as data', () => {
  it('carries a key and its values, numbers as numbers', () => {
    const ref = messageRef('returnForm.messages.atMost', { count: 14, title: '007 a&b=c?' });
    expect(readMessageRef(ref)).toEqual({
      key: 'returnForm.messages.atMost',
      values: { count: 14, title: '007 a&b=c?' },
    });
    expect(readMessageRef('errors.unavailable?{not json')).toEqual({
      key: 'errors.unavailable',
      values: {},
    });
    expect(messageRef('form.problem')).toBe('form.problem');
  });
});

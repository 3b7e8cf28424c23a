import type { Money } from '@/lib/store';

import { FORMAT_LOCALES, isSupportedLocale } from './locales';

// Money, dates and country names as the shopper reads them: Intl formatters in the shopper's
// language, dates in the store's time zone (STORE_TIME_ZONE) so that a date never depends on
// the server's or the browser's zone. Components take them from `useFormats()`
// (lib/i18n/use-formats.ts) or, async on the server, `getFormats()` (lib/i18n/server.ts).

// Intl formatters are costly to build (a locale lookup each time) and cheap to reuse: an
// orders page formats dozens of amounts and dates, so each formatter is made once per
// language, zone and currency, and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export type Formats = {
  /** An amount in its own currency: "€42.00" in English, "42,00 €" in German. */
  money(money: Money): string;
  /** A day, in the store's time zone: "7 Dec 2026", "07.12.2026". */
  date(iso: string): string;
  /** A country's name from its ISO code, in the shopper's language; the code if unknown. */
  country(code: string): string;
};

/** The formats of a language (`de`) in a time zone (`Europe/Berlin`). */
export function formatsFor(language: string, timeZone: string): Formats {
  const locale = isSupportedLocale(language) ? FORMAT_LOCALES[language] : language;
  return {
    money({ amount, currencyCode }) {
      const currency = currencyCode.toUpperCase();
      return kept(
        `money:${locale}:${currency}`,
        () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
      ).format(amount);
    },
    date(iso) {
      return kept(
        `date:${locale}:${timeZone}`,
        () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
      ).format(new Date(iso));
    },
    country(code) {
      const upper = code.toUpperCase();
      try {
        return (
          kept(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(
            upper,
          ) ?? upper
        );
      } catch {
        return upper;
      }
    },
  };
}

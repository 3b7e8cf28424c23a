import type { Money } from '@/lib/store';

// Intl formatters are costly to build (a locale lookup each time) and cheap to reuse: an
// orders page formats dozens of amounts and dates, so each formatter is made once per
// locale (and currency) and kept.
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

export function formatMoney({ amount, currencyCode }: Money, locale = 'en-GB'): string {
  const currency = currencyCode.toUpperCase();
  return kept(
    `money:${locale}:${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  ).format(amount);
}

export function formatDate(iso: string, locale = 'en-GB'): string {
  return kept(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(new Date(iso));
}

export function countryName(code: string, locale = 'en-GB'): string {
  try {
    return (
      kept(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(
        code.toUpperCase(),
      ) ?? code.toUpperCase()
    );
  } catch {
    return code.toUpperCase();
  }
}

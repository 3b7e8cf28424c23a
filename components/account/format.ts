import type { Money } from '@/lib/medusa/types';

export function formatMoney({ amount, currencyCode }: Money, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currencyCode.toUpperCase(),
  }).format(amount);
}

export function formatDate(iso: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

export function countryName(code: string, locale = 'en-GB'): string {
  try {
    return (
      new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ??
      code.toUpperCase()
    );
  } catch {
    return code.toUpperCase();
  }
}

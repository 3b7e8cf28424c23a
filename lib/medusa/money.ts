import type { Money } from '../store/types';

const fractionDigitsCache = new Map<string, number>();

/** How many minor units a currency has (EUR 2, JPY 0), from the runtime's ICU data. */
export function currencyFractionDigits(currencyCode: string): number {
  const code = currencyCode.toUpperCase();
  let digits = fractionDigitsCache.get(code);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    fractionDigitsCache.set(code, digits);
  }
  return digits;
}

/** Medusa v1 stores amounts in minor units (cents). */
export function fromMinorUnits(amount: number | null | undefined, currencyCode: string): Money {
  const digits = currencyFractionDigits(currencyCode);
  return { amount: (amount ?? 0) / 10 ** digits, currencyCode: currencyCode.toLowerCase() };
}

/** Medusa v2 stores amounts in major units already. */
export function fromMajorUnits(amount: number | null | undefined, currencyCode: string): Money {
  return { amount: amount ?? 0, currencyCode: currencyCode.toLowerCase() };
}

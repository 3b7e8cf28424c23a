import 'server-only';

import { getBackend, type Country } from './store/server';

const TTL_MS = 5 * 60 * 1000;
let cached: { at: number; countries: Promise<Country[]> } | undefined;

/**
 * The countries the store ships to. They are the same for every shopper and change rarely,
 * so they are shared across requests for a few minutes instead of fetched per page.
 */
export function getCountries(now = Date.now()): Promise<Country[]> {
  if (!cached || now - cached.at > TTL_MS) {
    const countries = getBackend().listCountries();
    cached = { at: now, countries };
    // A failed fetch must not be remembered.
    countries.catch(() => {
      if (cached?.countries === countries) cached = undefined;
    });
  }
  return cached.countries;
}

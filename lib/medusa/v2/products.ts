import 'server-only';

import { z } from 'zod';

import type { ProductTitleMethods } from '../adapter';
import { isBackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V2Context } from './client';

// Product titles in the shopper's language, from Medusa v2's translations (its Translation
// Module, 2.12.3 and later, behind the `translation` feature flag). The store's product routes
// answer in the request's locale (`x-medusa-locale`); its order routes do not: an order's lines
// keep the titles they were placed with. So the storefront asks `GET /store/products` for the
// titles of the products its orders show, after the order cache, in the request's language.
// Which locales the store has, and whether translation is on at all, `GET /store/locales` says
// (the route is off with the flag).

/** How long what `GET /store/locales` answered is taken as the store's languages. */
export const LOCALES_FRESH_MS = 5 * 60_000;
/** How long the storefront waits before asking again after that call failed. */
export const LOCALES_RETRY_MS = 30_000;

const storeLocalesBody = z.object({
  locales: z.array(z.object({ code: z.string() })).nullish(),
});
const productTitlesBody = z.object({
  products: z.array(z.object({ id: z.string(), title: z.string().nullish() })),
});

/** A language tag's primary language, lower case: `de-DE` → `de`. */
const languageOf = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';

/**
 * The store's locale code for the storefront's `language` (`de`), among the codes the store
 * supports (BCP 47, as Medusa names them: `de-DE`): the language alone where the store lists
 * it, else the language of its own country (`de-DE`, `fr-FR`), else the first of the language
 * the store lists; null where it lists none. Medusa looks translations up by the exact code
 * (`de` finds none stored as `de-DE`), so the code must be the store's own.
 */
export function storeLocaleFor(language: string, supported: readonly string[]): string | null {
  const wanted = languageOf(language);
  const ofLanguage = supported.filter((code) => languageOf(code) === wanted);
  const is = (tag: string) => (code: string) => code.toLowerCase() === tag;
  return (
    ofLanguage.find(is(wanted)) ??
    ofLanguage.find(is(`${wanted}-${wanted}`)) ??
    ofLanguage[0] ??
    null
  );
}

/**
 * The titles the store answered, for the products asked about only; a blank one is none (Medusa
 * itself never answers a blank translation, it keeps the product's own title then).
 */
export function titlesOf(
  products: readonly { id: string; title?: string | null }[],
  asked: readonly string[],
): Map<string, string> {
  const wanted = new Set(asked);
  return new Map(
    products.flatMap((product) =>
      wanted.has(product.id) && product.title?.trim() ? [[product.id, product.title] as const] : [],
    ),
  );
}

/**
 * The locale codes the store translates into, asked of it at most once every
 * `LOCALES_FRESH_MS`: none where its translation is off (`/store/locales` is then 404). A call
 * that fails throws, and is not made again for `LOCALES_RETRY_MS` (what was known before
 * stands meanwhile), so that a store in trouble is not asked on every page.
 */
function storeLocales(request: V2Context['request']): () => Promise<readonly string[]> {
  let known: { codes: readonly string[]; until: number } | undefined;
  let asking: Promise<readonly string[]> | undefined;
  const ask = async (): Promise<readonly string[]> => {
    try {
      const body = await request('storeLocales', '/store/locales', {});
      const { locales } = wire.parseResponse(storeLocalesBody, body, 'v2 storeLocales');
      const codes = (locales ?? []).map((locale) => locale.code);
      known = { codes, until: Date.now() + LOCALES_FRESH_MS };
      return codes;
    } catch (error) {
      if (isBackendError(error, 'not_found')) {
        known = { codes: [], until: Date.now() + LOCALES_FRESH_MS };
        return [];
      }
      known = { codes: known?.codes ?? [], until: Date.now() + LOCALES_RETRY_MS };
      throw error;
    }
  };
  return () => {
    if (known && Date.now() < known.until) return Promise.resolve(known.codes);
    asking ??= ask().finally(() => {
      asking = undefined;
    });
    return asking;
  };
}

/**
 * Titles in a language: a part of the backend unless the storefront was told not to ask
 * (MEDUSA_TRANSLATIONS=off). One `GET /store/products` for all the products asked about, in
 * the store's locale for the language; none in the catalogue's own language, nor in one the
 * store does not translate into. A product the store does not list (deleted, unpublished, not
 * in the publishable key's sales channel) is left out; one without a translation there comes
 * back with Medusa's own title, the product's current one.
 */
export function productTitleMethods({ request, translations }: V2Context): ProductTitleMethods {
  if (!translations) return {};
  const locales = storeLocales(request);
  return {
    async productTitlesIn(language, productIds) {
      const ids = [...new Set(productIds)];
      if (ids.length === 0 || languageOf(language) === translations.catalogueLanguage) {
        return new Map();
      }
      const locale = storeLocaleFor(language, await locales());
      if (!locale) return new Map();
      const body = await request('productTitles', '/store/products', {
        query: { id: ids, fields: 'id,title', limit: ids.length },
        headers: { 'x-medusa-locale': locale },
      });
      const { products } = wire.parseResponse(productTitlesBody, body, 'v2 productTitles');
      return titlesOf(products, ids);
    },
  };
}

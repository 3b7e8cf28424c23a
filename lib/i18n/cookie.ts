/**
 * The cookie that keeps the shopper's chosen language for a year. Not secret and not signed:
 * it holds one of the offered language codes, and anything else in it is ignored.
 */
export const LOCALE_COOKIE = 'account_locale';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The request header the proxy sets to the page's path and query, for the switcher's form. */
export const PAGE_PATH_HEADER = 'x-storefront-page';

// The languages the account area is written in, and how one is chosen for a request. Shared by
// the server (i18n/request.ts) and the tests; nothing here reads the environment or a request.

/** Every language with a catalogue under messages/; English is the source. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'sv'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Each language's own name, as the language switcher lists it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  sv: 'Svenska',
};

/**
 * The Intl locale each language formats money and dates with: English as written in Britain
 * ("4 Mar 2026"), the store's first market; each other language as in its own country.
 */
export const FORMAT_LOCALES: Record<Locale, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  sv: 'sv-SE',
};

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The languages of an `Accept-Language` header, most wanted first, as lower-case primary
 * subtags (`de-CH` → `de`); `q=0` means "not this one". Bounded: a header of any length is
 * read for its first 32 entries only.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return {
        language: tag.trim().toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((entry) => entry.language && entry.language !== '*' && entry.weight > 0);
  entries.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return [...new Set(entries.map((entry) => entry.language))];
}

/**
 * The language of a request, in this order: the shopper's explicit choice (the switcher's
 * cookie), then the first language of `Accept-Language` the store offers, then the store's
 * default.
 */
export function chooseLocale({
  chosen,
  acceptLanguage,
  offered,
  fallback,
}: {
  chosen: string | null | undefined;
  acceptLanguage: string | null | undefined;
  offered: readonly Locale[];
  fallback: Locale;
}): Locale {
  const isOffered = (value: unknown): value is Locale =>
    isSupportedLocale(value) && offered.includes(value);
  if (isOffered(chosen)) return chosen;
  const accepted = acceptedLanguages(acceptLanguage).find(isOffered);
  return accepted ?? fallback;
}

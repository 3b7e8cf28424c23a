import { SettingError } from '@/lib/settings';

import { isSupportedLocale, SUPPORTED_LOCALES, type Locale } from './locales';

type Env = Record<string, string | undefined>;

/** The store's languages: LOCALES (a comma-separated subset, default all), DEFAULT_LOCALE. */
export type LanguageSettings = { offered: readonly Locale[]; fallback: Locale; timeZone: string };

/**
 * The languages the store offers (`LOCALES`, default every one with a catalogue), the one a
 * shopper gets when neither their choice nor their browser names one it offers
 * (`DEFAULT_LOCALE`, default `en`, which must be offered), and the time zone every date is
 * shown in (`STORE_TIME_ZONE`, default UTC), so that a date never depends on the server's
 * zone. A setting that names an unknown language or zone throws, and the server does not start.
 */
export function readLanguageSettings(env: Env = process.env): LanguageSettings {
  const listed = env.LOCALES?.split(',')
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  const unknown = listed?.filter((value) => !isSupportedLocale(value)) ?? [];
  if (unknown.length > 0) {
    throw new SettingError(
      `LOCALES names ${unknown.join(', ')}, which the storefront has no catalogue for (it has ${SUPPORTED_LOCALES.join(', ')})`,
    );
  }
  const offered = listed?.length ? [...new Set(listed as Locale[])] : [...SUPPORTED_LOCALES];
  const fallback = (env.DEFAULT_LOCALE?.trim().toLowerCase() || 'en') as Locale;
  if (!offered.includes(fallback)) {
    throw new SettingError(
      `DEFAULT_LOCALE "${env.DEFAULT_LOCALE}" is not one of the offered languages (${offered.join(', ')})`,
    );
  }
  const timeZone = env.STORE_TIME_ZONE?.trim() || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new SettingError(`STORE_TIME_ZONE "${timeZone}" is not a time zone (e.g. Europe/Berlin)`);
  }
  return { offered, fallback, timeZone };
}

let cached: { env: Env; settings: LanguageSettings } | undefined;
/** The language settings of this server's environment, read once. */
export function languageSettings(): LanguageSettings {
  if (cached?.env !== process.env) cached = { env: process.env, settings: readLanguageSettings() };
  return cached.settings;
}

import 'server-only';

import { cookies, headers } from 'next/headers';

import type { Customer } from '@/lib/store';
import { sessionCookieMode } from '@/lib/session-cookie';

import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from './cookie';
import { isSupportedLocale, type Locale } from './locales';
import { languageSettings } from './settings';

/** The language `value` names if the store offers it, else null. */
export function offeredLocale(value: unknown): Locale | null {
  return isSupportedLocale(value) && languageSettings().offered.includes(value) ? value : null;
}

/**
 * Remembers this browser's language for a year: the switcher's choice, or the customer's
 * stored one once they sign in. Secure wherever the session cookie is; readable by the server
 * only, as nothing in the browser needs it.
 */
export async function writeLanguageCookie(locale: Locale): Promise<void> {
  const { secure } = sessionCookieMode((await headers()).get('host'));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: 'lax',
    httpOnly: true,
    secure,
  });
}

/** The language this browser's shopper chose with the switcher, if the store offers it. */
export async function chosenLanguage(): Promise<Locale | null> {
  return offeredLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/**
 * After a sign-in: the language the customer chose on any device (kept in their metadata)
 * becomes this browser's too. Nothing changes when they never chose one, or chose one the
 * store no longer offers.
 */
export async function adoptCustomerLanguage(customer: Pick<Customer, 'preferredLocale'>) {
  const locale = offeredLocale(customer.preferredLocale);
  if (locale) await writeLanguageCookie(locale);
}

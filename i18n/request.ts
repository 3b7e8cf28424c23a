import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { LOCALE_COOKIE } from '@/lib/i18n/cookie';
import { chooseLocale } from '@/lib/i18n/locales';
import { languageSettings } from '@/lib/i18n/settings';

// next-intl's request configuration, without locale routing: URLs stay as they are, and each
// request's language comes from the shopper's choice, their browser, or the store's default.
export default getRequestConfig(async () => {
  const { offered, fallback, timeZone } = languageSettings();
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = chooseLocale({
    chosen: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
    offered,
    fallback,
  });
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages, timeZone };
});

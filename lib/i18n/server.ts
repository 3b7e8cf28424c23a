import 'server-only';

import { getLocale, getTimeZone } from 'next-intl/server';

import { formatsFor, type Formats } from './format';

/** The shopper's formats (lib/i18n/format.ts), in an async server component or an action. */
export async function getFormats(): Promise<Formats> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return formatsFor(locale, timeZone);
}

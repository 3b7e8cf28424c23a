import { useLocale, useTimeZone } from 'next-intl';

import { formatsFor, type Formats } from './format';

/** The shopper's formats (lib/i18n/format.ts), in a client or a non-async server component. */
export function useFormats(): Formats {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  return formatsFor(locale, timeZone);
}

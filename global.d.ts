import type en from './messages/en.json';
import type { Locale } from './lib/i18n/locales';

// next-intl checks every key a page or component passes to `t` against the English catalogue
// (the source): a misspelt or missing key is a compile error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}

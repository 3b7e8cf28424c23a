import type { AbstractIntlMessages } from 'next-intl';

/**
 * The catalogue namespaces client components translate with (`useTranslations` in a
 * 'use client' file): only these are sent to the browser, with every page (app/layout.tsx).
 * Server components, actions and route handlers read the whole catalogue on the server.
 */
export const CLIENT_NAMESPACES = [
  'errors',
  'validation',
  'passwordRules',
  'form',
  'loginForm',
  // The orders list (components/account/orders-browser.tsx), which renders its rows in the
  // browser too: its own words, the table's, the rows' statuses, the page links.
  'ordersBrowser',
  'orderTable',
  'orderProgress',
  'pagination',
] as const;

/** The part of a catalogue the browser gets. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(
    CLIENT_NAMESPACES.filter((namespace) => namespace in messages).map((namespace) => [
      namespace,
      messages[namespace]!,
    ]),
  );
}

import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

import {
  EVERY_PAGE,
  PAGE_MESSAGES,
  pickMessages,
  type ClientPage,
} from '@/lib/i18n/client-messages';

/**
 * Sends the browser the messages of one page's client components (`PAGE_MESSAGES[of]`, with
 * those every page has): the page's forms translate in the browser too, and no page carries
 * another's words.
 */
export async function ClientMessages({ of, children }: { of: ClientPage; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={pickMessages(messages, [...EVERY_PAGE, ...PAGE_MESSAGES[of]])}
    >
      {children}
    </NextIntlClientProvider>
  );
}

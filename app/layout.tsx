import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { LanguageSwitcher } from '@/components/language-switcher';
import { EVERY_PAGE, pickMessages } from '@/lib/i18n/client-messages';
import { PAGE_PATH_HEADER } from '@/lib/i18n/cookie';
import { languageSettings } from '@/lib/i18n/settings';
import { sanitizeSamePage } from '@/lib/return-to';
import { storeName } from '@/lib/settings';

import { chooseLanguage } from './language/actions';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('layout');
  return {
    title: { default: t('defaultTitle'), template: t('titleTemplate', { title: '%s' }) },
    description: t('description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Each response carries a fresh CSP nonce (proxy.ts), which Next can only put on the
  // scripts of a page rendered for that request: no page is prerendered.
  await connection();
  const [locale, messages, t, requestHeaders] = await Promise.all([
    getLocale(),
    getMessages(),
    getTranslations('layout'),
    headers(),
  ]);
  const page = sanitizeSamePage(requestHeaders.get(PAGE_PATH_HEADER));
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased print:min-h-0 print:bg-white">
        <NextIntlClientProvider messages={pickMessages(messages, EVERY_PAGE)}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
            {t('skipToContent')}
          </a>
          <header className="border-b border-gray-200 bg-white print:hidden">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
              <Link href="/" className="text-lg font-semibold">
                {storeName()}
              </Link>
              <div className="flex flex-wrap items-center gap-4">
                <LanguageSwitcher
                  action={chooseLanguage}
                  offered={languageSettings().offered}
                  returnTo={page}
                />
                <Link href="/account" className="text-sm underline">
                  {t('account')}
                </Link>
              </div>
            </div>
          </header>
          <main id="main" className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

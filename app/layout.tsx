import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

import { storeName } from '@/lib/settings';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Your account', template: '%s · Medusa Account' },
  description: 'Customer accounts for a Medusa store.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Each response carries a fresh CSP nonce (proxy.ts), which Next can only put on the
  // scripts of a page rendered for that request: no page is prerendered.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased print:min-h-0 print:bg-white">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-gray-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
            <Link href="/" className="text-lg font-semibold">
              {storeName()}
            </Link>
            <Link href="/account" className="text-sm underline">
              Account
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0">
          {children}
        </main>
      </body>
    </html>
  );
}

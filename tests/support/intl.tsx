import { render as renderDom, type RenderOptions } from '@testing-library/react';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import type { ReactElement, ReactNode } from 'react';

import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import en from '@/messages/en.json';

// The storefront's English catalogue for unit tests: components rendered as a page renders
// them (inside next-intl's provider), and messages the code carries as catalogue keys read
// as the shopper would read them.

/** Wraps a component in the provider, in English and the UTC zone, as app/layout.tsx does. */
export function InEnglish({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

/** Testing Library's render, in English. */
export function render(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return renderDom(ui, { wrapper: InEnglish, ...options });
}

const t = createTranslator({ locale: 'en', messages: en });

/** What the shopper reads for a message the code carries as a catalogue key. */
export function english(ref: MessageRef | undefined): string | undefined {
  return ref === undefined ? undefined : translateMessage(t as never, ref);
}

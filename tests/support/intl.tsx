import { render as renderDom, type RenderOptions } from '@testing-library/react';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import type { ReactElement, ReactNode } from 'react';

import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import en from '@/messages/en.json';

// The storefront's English catalogue for unit tests: components rendered as a page renders
// them (inside next-intl's provider), and messages the code carries as catalogue keys read
// as the shopper would read them.

type Messages = Record<string, unknown>;

/**
 * Wraps a component in the provider, in English and the UTC zone, as app/layout.tsx does;
 * `extra` adds namespaces a test's own schema or action uses.
 */
export function InEnglish({ children, extra = {} }: { children: ReactNode; extra?: Messages }) {
  return (
    <NextIntlClientProvider locale="en" messages={{ ...en, ...extra }} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

/** Testing Library's render, in English, with a test's own `messages` namespaces if any. */
export function render(
  ui: ReactElement,
  { messages, ...options }: Omit<RenderOptions, 'wrapper'> & { messages?: Messages } = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <InEnglish extra={messages}>{children}</InEnglish>
  );
  return renderDom(ui, { wrapper, ...options });
}

const t = createTranslator({ locale: 'en', messages: en });

/** What the shopper reads for a message the code carries as a catalogue key. */
export function english(ref: MessageRef | null | undefined): string | undefined {
  return ref == null ? undefined : translateMessage(t as never, ref);
}

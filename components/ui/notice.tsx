import { useTranslations } from 'next-intl';
import type { ReactNode, Ref } from 'react';

import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import { cn } from '@/lib/utils';

const TONES = {
  error: 'border-red-200 bg-red-50 text-red-800',
  success: 'border-green-200 bg-green-50 text-green-800',
  info: 'border-blue-200 bg-blue-50 text-blue-800',
} as const;

/**
 * A message at the top of a form or page. It is a live region (role="status") so screen
 * readers announce it when it appears after a submit.
 */
export function Notice({
  tone = 'info',
  children,
  className,
  ref,
  focusable = false,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
  className?: string;
  ref?: Ref<HTMLDivElement>;
  /** Can take the focus from a script (OutcomeNotice moves it there). */
  focusable?: boolean;
}) {
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={focusable ? -1 : undefined}
      className={cn('rounded-md border px-4 py-3 text-sm', TONES[tone], className)}
    >
      {children}
    </div>
  );
}

/**
 * Renders a form's message (an action's state carries catalogue keys), in the shopper's
 * language, or an empty live region so the announcement is not missed.
 */
export function FormMessage({ error, success }: { error?: MessageRef; success?: MessageRef }) {
  const t = useTranslations();
  if (error) return <Notice tone="error">{translateMessage(t, error)}</Notice>;
  if (success) return <Notice tone="success">{translateMessage(t, success)}</Notice>;
  return <div role="status" className="sr-only" />;
}

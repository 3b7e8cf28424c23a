'use client';

import { useEffect, useRef, type ComponentProps } from 'react';

import { Notice } from './notice';

/**
 * The outcome of what the shopper just did, shown on the page they were sent to ("The
 * address has been added", "You have been signed out"). A live region that arrives with a
 * new page is not reliably read out, so the notice takes the focus when it appears: a screen
 * reader reads it, and the keyboard carries on from there.
 */
export function OutcomeNotice(props: Omit<ComponentProps<typeof Notice>, 'ref' | 'focusable'>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return <Notice {...props} ref={ref} focusable />;
}

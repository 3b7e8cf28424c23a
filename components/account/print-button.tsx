'use client';

import { useSyncExternalStore } from 'react';

import { Button } from '@/components/ui/button';

// Nothing to subscribe to: the value only tells the server's render (and hydration) apart
// from the browser's renders once the page's script runs.
const subscribe = () => () => undefined;

/**
 * Opens the browser's print dialog. A button does nothing without JavaScript, so the server's
 * HTML says how to print with the browser's own command instead, and the button takes its
 * place once the page's script runs. Neither is printed.
 */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!scripted) {
    return <p className="text-sm text-gray-700 print:hidden">{hint}</p>;
  }
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}

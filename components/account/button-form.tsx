'use client';

import { useActionState, type ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/notice';
import type { FormState } from '@/lib/form-protocol';

/** A form that is one button: an action with nothing to fill in, and its outcome. */
export function ButtonForm({
  action,
  label,
  pendingLabel,
  children,
}: {
  action: () => Promise<FormState>;
  label: string;
  pendingLabel: string;
  /** What pressing the button does, in a sentence or two. */
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage error={state.formError} success={state.message} />
      <p className="text-sm text-gray-700">{children}</p>
      <div>
        <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
          {label}
        </Button>
      </div>
    </form>
  );
}

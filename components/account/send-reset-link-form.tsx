'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/notice';
import type { FormState } from '@/lib/schemas/form-state';

export function SendResetLinkForm({ action }: { action: () => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage error={state.formError} success={state.message} />
      <p className="text-sm text-gray-700">
        This store changes passwords through a link sent to your email address.
      </p>
      <div>
        <Button type="submit" pending={pending} pendingLabel="Sending…">
          Email me a link to change my password
        </Button>
      </div>
    </form>
  );
}

import type { ReactNode } from 'react';

import { ErrorSummary } from '@/components/ui/error-summary';

import type { useActionStateForm } from './use-action-state-form';

/** What the <form> needs of `useActionStateForm`: its props and its error summary's. */
type FormParts = Pick<ReturnType<typeof useActionStateForm>, 'formProps' | 'summaryProps'>;

/**
 * The <form> of a `useActionStateForm` form, given what the hook returned: posted to the server
 * action (all there is without JavaScript), checked first in the browser, and the error summary
 * above its fields.
 */
export function ActionForm({ form, children }: { form: FormParts; children: ReactNode }) {
  return (
    <form {...form.formProps} className="flex flex-col gap-4">
      <ErrorSummary {...form.summaryProps} />
      {children}
    </form>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import type { forgotPasswordSchema } from '@/lib/schemas/auth';

import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const forgotPasswordRules = () => import('@/lib/schemas/auth').then((m) => m.forgotPasswordSchema);

/** The server action this form posts to. */
export type ForgotPasswordFormAction = FormActionOf<typeof forgotPasswordSchema>;

export function ForgotPasswordForm({
  action,
  email = '',
}: {
  action: ForgotPasswordFormAction;
  email?: string;
}) {
  const { state, pending, formProps, field, summaryProps } = useActionStateForm(
    forgotPasswordRules,
    action,
    {
      email,
    },
    { formId: 'forgot' },
  );
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summaryProps} />
      <FormMessage success={state.message} />
      <Field label="Email" type="email" autoComplete="email" required {...field('email')} />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send reset link
      </Button>
    </form>
  );
}

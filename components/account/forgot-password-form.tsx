'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { forgotPasswordSchema } from '@/lib/schemas/auth';

import { useActionForm } from './use-action-form';

/** The server action this form posts to. */
export type ForgotPasswordFormAction = FormActionOf<typeof forgotPasswordSchema>;

export function ForgotPasswordForm({
  action,
  email = '',
}: {
  action: ForgotPasswordFormAction;
  email?: string;
}) {
  const { state, pending, formProps, field } = useActionForm(forgotPasswordSchema, action, {
    email,
  });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessage error={state.formError} success={state.message} />
      <Field
        id="forgot-email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        {...field('email')}
      />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send reset link
      </Button>
    </form>
  );
}

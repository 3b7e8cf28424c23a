'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import { forgotPasswordSchema } from '@/lib/schemas/auth';

import { useActionForm, type FormAction } from './use-action-form';

export function ForgotPasswordForm({ action, email = '' }: { action: FormAction; email?: string }) {
  const { state, pending, onSubmit, formAction, errorFor, fieldProps, formRef } = useActionForm(
    forgotPasswordSchema,
    action,
    { email },
  );
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormMessage error={state.formError} success={state.message} />
      <Field
        id="forgot-email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={errorFor('email')}
        {...fieldProps('email')}
      />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send reset link
      </Button>
    </form>
  );
}

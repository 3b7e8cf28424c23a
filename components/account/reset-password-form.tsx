'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import { resetPasswordSchema } from '@/lib/schemas/auth';
import { PASSWORD_RULES } from '@/lib/schemas/fields';

import { useActionForm, type FormAction } from './use-action-form';

export function ResetPasswordForm({
  action,
  email,
  token,
}: {
  action: FormAction;
  email: string;
  token: string;
}) {
  const { state, pending, onSubmit, formAction, errorFor, fieldProps, formRef } = useActionForm(
    resetPasswordSchema,
    action,
    { email, token },
  );
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormMessage error={state.formError} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-gray-700">
        Choose a new password for <strong>{email}</strong>.
      </p>
      <Field
        id="reset-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULES}
        error={errorFor('password')}
        {...fieldProps('password')}
        defaultValue=""
      />
      <Field
        id="reset-confirm-password"
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        required
        error={errorFor('confirmPassword')}
        {...fieldProps('confirmPassword')}
        defaultValue=""
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { chooseNewPasswordSchema } from '@/lib/schemas/auth';
import { PASSWORD_RULES } from '@/lib/schemas/fields';

import { useActionForm } from './use-action-form';

/** The server action this form posts to. */
export type ResetPasswordFormAction = FormActionOf<typeof chooseNewPasswordSchema>;

/** The link's email and token stay in an httpOnly cookie; the form only shows the email. */
export function ResetPasswordForm({
  action,
  email,
}: {
  action: ResetPasswordFormAction;
  email: string;
}) {
  const { state, pending, onSubmit, formAction, errorFor, fieldProps, formRef } = useActionForm(
    chooseNewPasswordSchema,
    action,
    {},
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

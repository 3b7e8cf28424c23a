'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { PASSWORD_RULES } from '@/lib/schemas/fields';
import { changePasswordSchema } from '@/lib/schemas/profile';

import { useActionForm } from './use-action-form';

/** The server action this form posts to. */
export type ChangePasswordFormAction = FormActionOf<typeof changePasswordSchema>;

export function ChangePasswordForm({ action }: { action: ChangePasswordFormAction }) {
  const { state, pending, onSubmit, formAction, errorFor, fieldProps, formRef } = useActionForm(
    changePasswordSchema,
    action,
    {},
    { resetOnSuccess: true },
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
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errorFor('currentPassword')}
        {...fieldProps('currentPassword')}
        defaultValue=""
      />
      <Field
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULES}
        error={errorFor('newPassword')}
        {...fieldProps('newPassword')}
        defaultValue=""
      />
      <Field
        id="confirm-new-password"
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        required
        error={errorFor('confirmPassword')}
        {...fieldProps('confirmPassword')}
        defaultValue=""
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel="Changing password…">
          Change password
        </Button>
      </div>
    </form>
  );
}

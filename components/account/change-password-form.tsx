'use client';

import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import type { changePasswordSchema } from '@/lib/schemas/profile';

import { NewPasswordFields } from './password-fields';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const changePasswordRules = () =>
  import('@/lib/schemas/profile').then((m) => m.changePasswordSchema);

/** The server action this form posts to. */
export type ChangePasswordFormAction = FormActionOf<typeof changePasswordSchema>;

export function ChangePasswordForm({ action }: { action: ChangePasswordFormAction }) {
  const { state, pending, formProps, field, summaryProps } = useActionStateForm(
    changePasswordRules,
    action,
    {},
    { formId: 'change-password', resetOnSuccess: true },
  );
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summaryProps} />
      <FormMessage success={state.message} />
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        {...field('currentPassword', { secret: true })}
      />
      <NewPasswordFields
        password={field('newPassword', { secret: true })}
        confirmation={field('confirmPassword', { secret: true })}
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel="Changing password…">
          Change password
        </Button>
      </div>
    </form>
  );
}

'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import type { changePasswordSchema } from '@/lib/schemas/profile';

import { CurrentPasswordField } from './current-password-field';
import { NewPasswordFields } from './password-fields';
import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const changePasswordRules = () =>
  import('@/lib/schemas/profile').then((m) => m.changePasswordSchema);

/** The server action this form posts to. */
export type ChangePasswordFormAction = FormActionOf<typeof changePasswordSchema>;

export function ChangePasswordForm({ action }: { action: ChangePasswordFormAction }) {
  const form = useActionStateForm(
    changePasswordRules,
    action,
    {},
    { formId: 'change-password', resetOnSuccess: true },
  );
  const { field } = form;
  const t = useTranslations('changePasswordForm');
  return (
    <ActionForm form={form}>
      <FormMessage success={form.state.message} />
      <CurrentPasswordField
        label={t('currentPassword')}
        {...field('currentPassword', { secret: true })}
      />
      <NewPasswordFields
        password={field('newPassword', { secret: true })}
        confirmation={field('confirmPassword', { secret: true })}
      />
      <div>
        <Button type="submit" pending={form.pending} pendingLabel={t('changing')}>
          {t('submit')}
        </Button>
      </div>
    </ActionForm>
  );
}

'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import type { FormActionOf } from '@/lib/form-protocol';
import type { chooseNewPasswordSchema } from '@/lib/schemas/auth';

import { NewPasswordFields } from './password-fields';
import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const chooseNewPasswordRules = () =>
  import('@/lib/schemas/auth').then((m) => m.chooseNewPasswordSchema);

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
  const form = useActionStateForm(chooseNewPasswordRules, action, {}, { formId: 'reset' });
  const { field } = form;
  const t = useTranslations('resetPasswordForm');
  return (
    <ActionForm form={form}>
      <p className="text-sm text-gray-700">
        {t.rich('intro', { email, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <NewPasswordFields
        password={field('password', { secret: true })}
        confirmation={field('confirmPassword', { secret: true })}
      />
      <Button type="submit" pending={form.pending} pendingLabel={t('saving')}>
        {t('submit')}
      </Button>
    </ActionForm>
  );
}

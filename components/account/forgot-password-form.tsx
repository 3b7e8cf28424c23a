'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import type { forgotPasswordSchema } from '@/lib/schemas/auth';

import { ActionForm } from './action-form';
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
  const form = useActionStateForm(forgotPasswordRules, action, { email }, { formId: 'forgot' });
  const { field } = form;
  const t = useTranslations('forgotPasswordForm');
  return (
    <ActionForm form={form}>
      <FormMessage success={form.state.message} />
      <Field label={t('email')} type="email" autoComplete="email" required {...field('email')} />
      <Button type="submit" pending={form.pending} pendingLabel={t('sending')}>
        {t('send')}
      </Button>
    </ActionForm>
  );
}

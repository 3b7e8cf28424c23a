'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FormActionOf } from '@/lib/form-protocol';
import { translateMessage } from '@/lib/i18n/message';
import type { registerSchema } from '@/lib/schemas/auth';
import { PASSWORD_RULES } from '@/lib/schemas/password-rules';

import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const registerRules = () => import('@/lib/schemas/auth').then((m) => m.registerSchema);

/** The server action this form posts to. */
export type RegisterFormAction = FormActionOf<typeof registerSchema>;

export function RegisterForm({
  action,
  returnTo,
}: {
  action: RegisterFormAction;
  returnTo: string;
}) {
  const form = useActionStateForm(registerRules, action, { returnTo }, { formId: 'register' });
  const { field } = form;
  const t = useTranslations('registerForm');
  const tAll = useTranslations();
  return (
    <ActionForm form={form}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('firstName')} autoComplete="given-name" required {...field('firstName')} />
        <Field label={t('lastName')} autoComplete="family-name" required {...field('lastName')} />
      </div>
      <Field label={t('email')} type="email" autoComplete="email" required {...field('email')} />
      <Field label={t('phone')} type="tel" autoComplete="tel" optional {...field('phone')} />
      <Field
        label={t('password')}
        type="password"
        autoComplete="new-password"
        required
        hint={translateMessage(tAll, PASSWORD_RULES)}
        {...field('password', { secret: true })}
      />
      <Button type="submit" pending={form.pending} pendingLabel={t('creatingAccount')}>
        {t('createAccount')}
      </Button>
    </ActionForm>
  );
}

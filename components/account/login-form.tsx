'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FormActionOf } from '@/lib/form-protocol';
import type { loginSchema } from '@/lib/schemas/auth';

import { CurrentPasswordField } from './current-password-field';
import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const loginRules = () => import('@/lib/schemas/auth').then((m) => m.loginSchema);

/** The server action this form posts to. */
export type LoginFormAction = FormActionOf<typeof loginSchema>;

export function LoginForm({ action, returnTo }: { action: LoginFormAction; returnTo: string }) {
  const form = useActionStateForm(loginRules, action, { returnTo }, { formId: 'login' });
  const { field } = form;
  const t = useTranslations('loginForm');
  return (
    <ActionForm form={form}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field label={t('email')} type="email" autoComplete="email" required {...field('email')} />
      <CurrentPasswordField label={t('password')} {...field('password', { secret: true })} />
      <div className="flex items-center justify-between">
        <Button type="submit" pending={form.pending} pendingLabel={t('signingIn')}>
          {t('signIn')}
        </Button>
        <Link href="/account/forgot-password" className="text-sm text-indigo-700 underline">
          {t('forgotPassword')}
        </Link>
      </div>
    </ActionForm>
  );
}

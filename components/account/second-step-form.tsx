'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FormActionOf } from '@/lib/form-protocol';
import type { signInCodeSchema, signInRecoveryCodeSchema } from '@/lib/schemas/two-step';

import { AuthenticatorCodeField } from './authenticator-code-field';
import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const signInCodeRules = () => import('@/lib/schemas/two-step').then((m) => m.signInCodeSchema);
const signInRecoveryCodeRules = () =>
  import('@/lib/schemas/two-step').then((m) => m.signInRecoveryCodeSchema);

export type SecondStepAction = FormActionOf<typeof signInCodeSchema>;

/** The second page of a sign-in: the authenticator app's code, or a recovery code. */
export function SecondStepForm({
  method,
  action,
}: {
  method: 'totp' | 'recovery_code';
  action: SecondStepAction;
}) {
  const totp = method === 'totp';
  const form = useActionStateForm<typeof signInCodeSchema | typeof signInRecoveryCodeSchema>(
    totp ? signInCodeRules : signInRecoveryCodeRules,
    action,
    {},
    { formId: totp ? 'second-step' : 'recovery' },
  );
  const { field } = form;
  const t = useTranslations('secondStepForm');
  return (
    <ActionForm form={form}>
      {totp ? (
        <AuthenticatorCodeField autoFocus {...field('code')} />
      ) : (
        <Field
          label={t('recoveryCode')}
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          required
          autoFocus
          hint={t('recoveryHint')}
          {...field('code')}
        />
      )}
      <div>
        <Button type="submit" pending={form.pending} pendingLabel={t('checking')}>
          {t('signIn')}
        </Button>
      </div>
    </ActionForm>
  );
}

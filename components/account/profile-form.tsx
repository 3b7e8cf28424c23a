'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import type { profileSchema } from '@/lib/schemas/profile';

import { CurrentPasswordField } from './current-password-field';
import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const profileRules = () => import('@/lib/schemas/profile').then((m) => m.profileSchema);

/** The server action this form posts to. */
export type ProfileFormAction = FormActionOf<typeof profileSchema>;

type Props = {
  action: ProfileFormAction;
  profile: {
    firstName: string;
    lastName: string;
    phone: string;
    email: string;
    companyName: string;
  };
  /** False where the backend cannot change a customer's email: shown read-only instead. */
  canChangeEmail: boolean;
  /** Where the backend keeps a company on the customer: shown and edited here. */
  keepsCompany: boolean;
};

export function ProfileForm({ action, profile, canChangeEmail, keepsCompany }: Props) {
  const { email, companyName, ...always } = profile;
  const form = useActionStateForm(
    profileRules,
    action,
    // Only the fields this backend lets the shopper change.
    {
      ...always,
      ...(canChangeEmail ? { email } : {}),
      ...(keepsCompany ? { companyName } : {}),
    },
    { formId: 'profile' },
  );
  const { field } = form;
  const t = useTranslations('profileForm');
  return (
    <ActionForm form={form}>
      <FormMessage success={form.state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('firstName')} autoComplete="given-name" required {...field('firstName')} />
        <Field label={t('lastName')} autoComplete="family-name" required {...field('lastName')} />
      </div>
      {canChangeEmail ? (
        <>
          <Field
            label={t('email')}
            type="email"
            autoComplete="email"
            required
            {...field('email')}
          />
          <CurrentPasswordField
            required={false}
            optional
            hint={t('passwordHint')}
            {...field('currentPassword', { secret: true })}
          />
        </>
      ) : (
        <Field
          id="profile-email"
          label={t('email')}
          type="email"
          readOnly
          value={email}
          hint={t('emailFixedHint')}
        />
      )}
      <Field label={t('phone')} type="tel" autoComplete="tel" optional {...field('phone')} />
      {keepsCompany ? (
        <Field
          label={t('company')}
          autoComplete="organization"
          optional
          hint={t('companyHint')}
          {...field('companyName')}
        />
      ) : null}
      <div>
        <Button type="submit" pending={form.pending} pendingLabel={t('saving')}>
          {t('save')}
        </Button>
      </div>
    </ActionForm>
  );
}

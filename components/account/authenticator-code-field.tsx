import { useTranslations } from 'next-intl';

import { Field, type FieldProps } from '@/components/ui/field';

/** The 6-digit code an authenticator app shows (spaces allowed, so longer than six). */
export function AuthenticatorCodeField(props: Omit<FieldProps, 'label'>) {
  const t = useTranslations('authenticatorCodeField');
  return (
    <Field
      label={t('label')}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={32}
      required
      {...props}
    />
  );
}

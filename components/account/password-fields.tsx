import { useTranslations } from 'next-intl';

import { Field, type FieldProps } from '@/components/ui/field';
import { translateMessage } from '@/lib/i18n/message';
import { PASSWORD_RULES } from '@/lib/schemas/password-rules';

/** What `field(name, { secret: true })` gives a control (`useActionStateForm`), its id included. */
type Control = Omit<FieldProps, 'label'>;

/** A new password with the rules it must meet, and the same again to catch a typo. */
export function NewPasswordFields({
  password,
  confirmation,
}: {
  password: Control;
  confirmation: Control;
}) {
  const t = useTranslations('newPasswordFields');
  const tAll = useTranslations();
  return (
    <>
      <Field
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={translateMessage(tAll, PASSWORD_RULES)}
        {...password}
      />
      <Field
        label={t('repeatNewPassword')}
        type="password"
        autoComplete="new-password"
        required
        {...confirmation}
      />
    </>
  );
}

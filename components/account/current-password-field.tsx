import { useTranslations } from 'next-intl';

import { Field, type FieldProps } from '@/components/ui/field';

/**
 * The customer's current password, asked for before a change that needs it ("Your password"
 * unless the form names it otherwise). Given by `field(name, { secret: true })`, it always
 * starts empty.
 */
export function CurrentPasswordField(props: Omit<FieldProps, 'label'> & { label?: string }) {
  const t = useTranslations('form');
  return (
    <Field
      label={t('yourPassword')}
      type="password"
      autoComplete="current-password"
      required
      {...props}
    />
  );
}

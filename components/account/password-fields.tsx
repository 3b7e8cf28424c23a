import { Field, type FieldProps } from '@/components/ui/field';
import { PASSWORD_RULES } from '@/lib/schemas/fields';

/** What `useActionForm`'s `field(name, { secret: true })` gives a control. */
type Control = Omit<FieldProps, 'id' | 'label'>;

/** A new password with the rules it must meet, and the same again to catch a typo. */
export function NewPasswordFields({
  idPrefix,
  password,
  confirmation,
}: {
  idPrefix: string;
  password: Control;
  confirmation: Control;
}) {
  return (
    <>
      <Field
        id={`${idPrefix}-password`}
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULES}
        {...password}
      />
      <Field
        id={`${idPrefix}-confirm-password`}
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        required
        {...confirmation}
      />
    </>
  );
}

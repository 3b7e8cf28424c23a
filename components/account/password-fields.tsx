import { Field, type FieldProps } from '@/components/ui/field';
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
  return (
    <>
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULES}
        {...password}
      />
      <Field
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        required
        {...confirmation}
      />
    </>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FormActionOf } from '@/lib/form-protocol';
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
  return (
    <ActionForm form={form}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" autoComplete="given-name" required {...field('firstName')} />
        <Field label="Last name" autoComplete="family-name" required {...field('lastName')} />
      </div>
      <Field label="Email" type="email" autoComplete="email" required {...field('email')} />
      <Field label="Phone" type="tel" autoComplete="tel" optional {...field('phone')} />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULES}
        {...field('password', { secret: true })}
      />
      <Button type="submit" pending={form.pending} pendingLabel="Creating your account…">
        Create account
      </Button>
    </ActionForm>
  );
}

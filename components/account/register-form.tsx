'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { registerSchema } from '@/lib/schemas/auth';
import { PASSWORD_RULES } from '@/lib/schemas/fields';

import { useActionForm } from './use-action-form';

/** The server action this form posts to. */
export type RegisterFormAction = FormActionOf<typeof registerSchema>;

export function RegisterForm({
  action,
  returnTo,
}: {
  action: RegisterFormAction;
  returnTo: string;
}) {
  const { state, pending, formProps, field } = useActionForm(registerSchema, action, { returnTo });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessage error={state.formError} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="register-first-name"
          label="First name"
          autoComplete="given-name"
          required
          {...field('firstName')}
        />
        <Field
          id="register-last-name"
          label="Last name"
          autoComplete="family-name"
          required
          {...field('lastName')}
        />
      </div>
      <Field
        id="register-email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        {...field('email')}
      />
      <Field
        id="register-phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        optional
        {...field('phone')}
      />
      <Field
        id="register-password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULES}
        {...field('password', { secret: true })}
      />
      <Button type="submit" pending={pending} pendingLabel="Creating your account…">
        Create account
      </Button>
    </form>
  );
}

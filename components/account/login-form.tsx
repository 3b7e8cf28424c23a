'use client';

import Link from 'next/link';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { loginSchema } from '@/lib/schemas/auth';

import { useActionForm } from './use-action-form';

/** The server action this form posts to. */
export type LoginFormAction = FormActionOf<typeof loginSchema>;

export function LoginForm({ action, returnTo }: { action: LoginFormAction; returnTo: string }) {
  const { state, pending, formProps, field } = useActionForm(loginSchema, action, { returnTo });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessage error={state.formError} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field
        id="login-email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        {...field('email')}
      />
      <Field
        id="login-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        {...field('password', { secret: true })}
      />
      <div className="flex items-center justify-between">
        <Button type="submit" pending={pending} pendingLabel="Signing in…">
          Sign in
        </Button>
        <Link href="/account/forgot-password" className="text-sm text-indigo-700 underline">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}

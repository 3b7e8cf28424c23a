'use client';

import Link from 'next/link';

import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import type { FormActionOf } from '@/lib/form-protocol';
import type { loginSchema } from '@/lib/schemas/auth';

import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const loginRules = () => import('@/lib/schemas/auth').then((m) => m.loginSchema);

/** The server action this form posts to. */
export type LoginFormAction = FormActionOf<typeof loginSchema>;

export function LoginForm({ action, returnTo }: { action: LoginFormAction; returnTo: string }) {
  const { pending, formProps, field, summaryProps } = useActionStateForm(
    loginRules,
    action,
    { returnTo },
    { formId: 'login' },
  );
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field label="Email" type="email" autoComplete="email" required {...field('email')} />
      <Field
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

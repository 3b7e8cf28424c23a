import type { Metadata } from 'next';
import Link from 'next/link';

import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { Notice } from '@/components/ui/notice';
import { readResetLink } from '@/lib/session';

import { requestPasswordReset } from '../forgot-password/actions';
import { resetPassword } from './actions';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // proxy.ts moved the emailed link's token and email into a cookie and cleaned the URL.
  const link = params.link === 'invalid' ? null : await readResetLink();
  const email = link?.email ?? (typeof params.email === 'string' ? params.email : '');

  if (!link) {
    return (
      <>
        <h1 className="text-2xl font-semibold">This reset link can’t be used</h1>
        <Notice tone="error">
          {params.link === 'invalid'
            ? 'This password reset link has expired or has already been used.'
            : 'This password reset link is incomplete. Copy the whole link from the email, or ask for a new one.'}
        </Notice>
        <p className="text-sm text-gray-700">
          We can send you a new link; it works for 15 minutes.
        </p>
        <ForgotPasswordForm action={requestPasswordReset} email={email} />
        <Link href="/account/login" className="text-sm text-indigo-700 underline">
          Back to sign in
        </Link>
      </>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <ResetPasswordForm action={resetPassword} email={link.email} />
    </>
  );
}

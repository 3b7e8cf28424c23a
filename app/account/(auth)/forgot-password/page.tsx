import type { Metadata } from 'next';
import Link from 'next/link';

import { ForgotPasswordForm } from '@/components/account/forgot-password-form';

import { requestPasswordReset } from './actions';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      <p className="text-sm text-gray-700">
        Enter the email address of your account and we will send you a link to choose a new
        password.
      </p>
      <ForgotPasswordForm action={requestPasswordReset} />
      <Link href="/account/login" className="text-sm text-indigo-700 underline">
        Back to sign in
      </Link>
    </>
  );
}

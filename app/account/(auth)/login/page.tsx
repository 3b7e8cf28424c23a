import type { Metadata } from 'next';
import Link from 'next/link';

import { LoginForm } from '@/components/account/login-form';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { isLoginNotice, sanitizeReturnTo, type LoginNotice } from '@/lib/return-to';

import { logIn } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

const NOTICES: Record<LoginNotice, { tone: 'info' | 'success'; text: string }> = {
  expired: { tone: 'info', text: 'Your session has expired. Please sign in again.' },
  'signed-out': { tone: 'success', text: 'You have been signed out.' },
  'signed-out-everywhere': {
    tone: 'success',
    text: 'You have been signed out on every device and browser.',
  },
  'password-reset': {
    tone: 'success',
    text: 'Your password has been changed. Sign in with your new password.',
  },
  'second-step-expired': {
    tone: 'info',
    text: 'That sign-in took too long or had too many wrong codes. Please sign in again.',
  },
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnTo = sanitizeReturnTo(params.returnTo);
  const notice = isLoginNotice(params.notice) ? NOTICES[params.notice] : undefined;
  const registerHref =
    returnTo === '/account'
      ? '/account/register'
      : `/account/register?returnTo=${encodeURIComponent(returnTo)}`;

  return (
    <>
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {notice ? <OutcomeNotice tone={notice.tone}>{notice.text}</OutcomeNotice> : null}
      <LoginForm action={logIn} returnTo={returnTo} />
      <p className="text-sm text-gray-700">
        New here?{' '}
        <Link href={registerHref} className="text-indigo-700 underline">
          Create an account
        </Link>
      </p>
    </>
  );
}

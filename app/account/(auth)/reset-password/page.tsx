import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { Notice } from '@/components/ui/notice';
import { readResetLink } from '@/lib/session';

import { requestPasswordReset } from '../forgot-password/actions';
import { resetPassword } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('resetPasswordPage');
  return { title: t('title') };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations('resetPasswordPage');
  // proxy.ts moved the emailed link's token and email into a cookie and cleaned the URL.
  const link = params.link === 'invalid' ? null : await readResetLink();
  const email = link?.email ?? (typeof params.email === 'string' ? params.email : '');

  if (!link) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{t('invalidTitle')}</h1>
        <Notice tone="error">{t(params.link === 'invalid' ? 'expired' : 'incomplete')}</Notice>
        <p className="text-sm text-gray-700">{t('newLink')}</p>
        <ForgotPasswordForm action={requestPasswordReset} email={email} />
        <Link href="/account/login" className="text-sm text-indigo-700 underline">
          {t('backToSignIn')}
        </Link>
      </>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <ResetPasswordForm action={resetPassword} email={link.email} />
    </>
  );
}

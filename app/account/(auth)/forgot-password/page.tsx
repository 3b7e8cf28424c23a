import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ForgotPasswordForm } from '@/components/account/forgot-password-form';

import { requestPasswordReset } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('forgotPasswordPage');
  return { title: t('title') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('forgotPasswordPage');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-gray-700">{t('intro')}</p>
      <ForgotPasswordForm action={requestPasswordReset} />
      <Link href="/account/login" className="text-sm text-indigo-700 underline">
        {t('backToSignIn')}
      </Link>
    </>
  );
}

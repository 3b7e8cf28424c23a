import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { RegisterForm } from '@/components/account/register-form';
import { sanitizeReturnTo } from '@/lib/return-to';

import { register } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registerPage');
  return { title: t('title') };
}

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnTo = sanitizeReturnTo((await searchParams).returnTo);
  const t = await getTranslations('registerPage');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <RegisterForm action={register} returnTo={returnTo} />
      <p className="text-sm text-gray-700">
        {t('alreadyHaveAccount')}{' '}
        <Link href="/account/login" className="text-indigo-700 underline">
          {t('signIn')}
        </Link>
      </p>
    </>
  );
}

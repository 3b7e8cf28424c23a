import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { LoginForm } from '@/components/account/login-form';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { isLoginNotice, sanitizeReturnTo, type LoginNotice } from '@/lib/return-to';

import { logIn } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('loginPage');
  return { title: t('title') };
}

/** Each notice's tone; its text is `loginPage.notices.<notice>`. */
const NOTICE_TONES: Record<LoginNotice, 'info' | 'success'> = {
  expired: 'info',
  'signed-out': 'success',
  'signed-out-everywhere': 'success',
  'password-reset': 'success',
  'second-step-expired': 'info',
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations('loginPage');
  const returnTo = sanitizeReturnTo(params.returnTo);
  const notice = isLoginNotice(params.notice) ? params.notice : undefined;
  const registerHref =
    returnTo === '/account'
      ? '/account/register'
      : `/account/register?returnTo=${encodeURIComponent(returnTo)}`;

  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {notice ? (
        <OutcomeNotice tone={NOTICE_TONES[notice]}>{t(`notices.${notice}`)}</OutcomeNotice>
      ) : null}
      <LoginForm action={logIn} returnTo={returnTo} />
      <p className="text-sm text-gray-700">
        {t('newHere')}{' '}
        <Link href={registerHref} className="text-indigo-700 underline">
          {t('createAccount')}
        </Link>
      </p>
    </>
  );
}

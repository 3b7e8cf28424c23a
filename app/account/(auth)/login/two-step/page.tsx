import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { SecondStepForm } from '@/components/account/second-step-form';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { loginNoticeUrl } from '@/lib/return-to';
import { readPendingSignIn, SECOND_STEP_PATH } from '@/lib/two-step';

import { completeWithCode, completeWithRecoveryCode } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('secondStepPage');
  return { title: t('title') };
}

export default async function SecondStepPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const pending = await readPendingSignIn();
  if (!pending) redirect(loginNoticeUrl('second-step-expired'));
  // Only which form to show travels in the URL; the sign-in itself stays in its cookie.
  const withRecoveryCode = (await searchParams).with === 'recovery-code';
  const t = await getTranslations('secondStepPage');

  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {pending.revokeBefore !== undefined ? (
        <OutcomeNotice tone="success">{t('passwordChanged')}</OutcomeNotice>
      ) : null}
      {withRecoveryCode ? (
        <>
          <p className="text-sm text-gray-700">{t('recoveryIntro')}</p>
          <SecondStepForm method="recovery_code" action={completeWithRecoveryCode} />
          <Link href={SECOND_STEP_PATH} className="text-sm text-indigo-700 underline">
            {t('useAuthenticator')}
          </Link>
        </>
      ) : (
        <>
          <p className="text-sm text-gray-700">{t('totpIntro')}</p>
          <SecondStepForm method="totp" action={completeWithCode} />
          <Link
            href={`${SECOND_STEP_PATH}?with=recovery-code`}
            className="text-sm text-indigo-700 underline"
          >
            {t('useRecoveryCode')}
          </Link>
        </>
      )}
      <Link href="/account/login" className="text-sm text-indigo-700 underline">
        {t('startAgain')}
      </Link>
    </>
  );
}

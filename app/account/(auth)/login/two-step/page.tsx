import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { SecondStepForm } from '@/components/account/second-step-form';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { loginNoticeUrl } from '@/lib/return-to';
import { readPendingSignIn, SECOND_STEP_PATH } from '@/lib/two-step';

import { completeWithCode, completeWithRecoveryCode } from './actions';

export const metadata: Metadata = { title: 'Two-step sign-in' };

export default async function SecondStepPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const pending = await readPendingSignIn();
  if (!pending) redirect(loginNoticeUrl('second-step-expired'));
  // Only which form to show travels in the URL; the sign-in itself stays in its cookie.
  const withRecoveryCode = (await searchParams).with === 'recovery-code';

  return (
    <>
      <h1 className="text-2xl font-semibold">Two-step sign-in</h1>
      {pending.revokeBefore !== undefined ? (
        <OutcomeNotice tone="success">
          Your password has been changed. Enter a code to sign in; your other devices are then
          signed out.
        </OutcomeNotice>
      ) : null}
      {withRecoveryCode ? (
        <>
          <p className="text-sm text-gray-700">
            Enter one of the recovery codes you saved when you turned on two-step sign-in. Each code
            works once.
          </p>
          <SecondStepForm method="recovery_code" action={completeWithRecoveryCode} />
          <Link href={SECOND_STEP_PATH} className="text-sm text-indigo-700 underline">
            Use the code from your authenticator app instead
          </Link>
        </>
      ) : (
        <>
          <p className="text-sm text-gray-700">
            Open your authenticator app and enter the 6-digit code it shows for this store.
          </p>
          <SecondStepForm method="totp" action={completeWithCode} />
          <Link
            href={`${SECOND_STEP_PATH}?with=recovery-code`}
            className="text-sm text-indigo-700 underline"
          >
            Lost your phone? Use a recovery code
          </Link>
        </>
      )}
      <Link href="/account/login" className="text-sm text-indigo-700 underline">
        Start again with a different account
      </Link>
    </>
  );
}

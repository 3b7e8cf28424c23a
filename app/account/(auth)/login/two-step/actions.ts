'use server';

import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore } from '@/lib/auth';
import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import type { MessageRef } from '@/lib/i18n/message';
import { getBackend, type SecondStepProof, type SignedIn } from '@/lib/store/server';
import { limitKeys, limits, takeAttempt } from '@/lib/rate-limit';
import { loginNoticeUrl } from '@/lib/return-to';
import { signInCodeSchema, signInRecoveryCodeSchema } from '@/lib/schemas/two-step';
import { adoptCustomerLanguage } from '@/lib/i18n/preference';
import { writeSession } from '@/lib/session';
import { clearPendingSignIn, readPendingSignIn } from '@/lib/two-step';

type State = FormStateOf<typeof signInCodeSchema>;

/** What a wrong code of each kind says, as catalogue keys (the form shows them). */
const WRONG_CODE: Record<SecondStepProof['method'], MessageRef> = {
  totp: ERROR_COPY.invalid_code,
  recovery_code: 'secondStepForm.wrongRecoveryCode',
};

/**
 * The second page of a sign-in: the pending sign-in comes from its sealed cookie, never from
 * the form; a right code opens the session. Wrong codes count against the same limits as wrong
 * passwords, and against the challenge's own: Medusa ends a challenge after five wrong codes
 * in a row, but judges each of many sent at once.
 */
async function completeSignIn(
  method: SecondStepProof['method'],
  formData: FormData,
): Promise<State> {
  const schema = method === 'totp' ? signInCodeSchema : signInRecoveryCodeSchema;
  const pending = await readPendingSignIn();
  // A second step is pending only where the backend offers one.
  const { twoStep } = getBackend();
  if (!pending || !twoStep) redirect(loginNoticeUrl('second-step-expired'));
  const form = parseForm(schema, formData);
  if (!form.ok) return form.state;

  const keys = await limitKeys({ email: pending.email, challenge: pending.challengeId });
  const tooMany = await takeAttempt('signIn', keys);
  if (tooMany) return { status: 'error', formError: tooMany };

  let signedIn: SignedIn;
  try {
    signedIn = await twoStep.completeSignIn(pending, { method, code: form.data.code });
  } catch (error) {
    const kind = errorKind(error);
    const message = describeFailure('completeSignIn', error);
    if (kind === 'invalid_code') {
      return { status: 'error', fieldErrors: { code: WRONG_CODE[method] } };
    }
    if (kind === 'challenge_expired') {
      await clearPendingSignIn();
      redirect(loginNoticeUrl('second-step-expired'));
    }
    await limits.giveBack('signIn', keys);
    return { status: 'error', formError: message };
  }
  await clearPendingSignIn();
  await limits.succeeded('signIn', keys);
  const { session } = signedIn;
  const signedInAt = Date.now();
  // After a password reset: the sessions opened with the old password end now.
  if (pending.revokeBefore !== undefined)
    await endSessionsOpenedBefore(pending.revokeBefore, { session });
  await writeSession(session, signedInAt);
  await adoptCustomerLanguage(signedIn.customer);
  redirect(pending.returnTo);
}

export async function completeWithCode(_previous: State, formData: FormData): Promise<State> {
  return completeSignIn('totp', formData);
}

export async function completeWithRecoveryCode(
  _previous: State,
  formData: FormData,
): Promise<State> {
  return completeSignIn('recovery_code', formData);
}

'use server';

import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore } from '@/lib/auth';
import { describeFailure, errorKind } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { loginNoticeUrl } from '@/lib/return-to';
import { getBackend } from '@/lib/store/server';
import { type chooseNewPasswordSchema, resetPasswordSchema } from '@/lib/schemas/auth';
import { clearResetLink, clearSession, readResetLink, readSession } from '@/lib/session';
import { SECOND_STEP_PATH, writePendingSignIn } from '@/lib/two-step';

const INVALID_LINK = '/account/reset-password?link=invalid';

type State = FormStateOf<typeof chooseNewPasswordSchema>;

export async function resetPassword(_previous: State, formData: FormData): Promise<State> {
  // The link's token and email come from the cookie proxy.ts set, never from the form.
  const link = await readResetLink();
  if (!link) redirect(INVALID_LINK);
  const form = parseForm(resetPasswordSchema, formData, {
    secret: ['password', 'confirmPassword'],
    known: { token: link.token, email: link.email },
  });
  if (!form.ok) {
    const { fieldErrors = {} } = form.state;
    if (fieldErrors.token || fieldErrors.email) redirect(INVALID_LINK);
    return { status: 'error', fieldErrors };
  }
  const { email, token, password } = form.data;
  const backend = getBackend();
  try {
    await backend.resetPassword({ email, token, password });
  } catch (error) {
    const message = describeFailure('resetPassword', error);
    if (errorKind(error) !== 'invalid_token') return { status: 'error', formError: message };
    await clearResetLink();
    redirect(`${INVALID_LINK}&${new URLSearchParams({ email })}`);
  }
  await clearResetLink();
  // Whoever else held a session (a thief, a shared computer) loses it with the old password.
  const instant = Date.now();
  const secondStep = await endSessionsOpenedBefore(instant, { email, password });
  // A new password ends any session this browser still had: sign in again with it.
  const session = await readSession();
  if (session) {
    await backend.logOut(session.token).catch(() => undefined);
    await clearSession();
  }
  if (secondStep) {
    // Two-step sign-in is on: the password alone opens no session, so the other sessions end
    // when the shopper completes the second step, which signs them in here.
    await writePendingSignIn({ ...secondStep, email, returnTo: '/account', revokeBefore: instant });
    redirect(SECOND_STEP_PATH);
  }
  redirect(loginNoticeUrl('password-reset'));
}

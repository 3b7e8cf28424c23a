'use server';

import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore } from '@/lib/auth';
import { describeFailure, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { chooseNewPasswordSchema, resetPasswordSchema } from '@/lib/schemas/auth';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';
import { clearResetLink, clearSession, readResetLink, readSession } from '@/lib/session';

const INVALID_LINK = '/account/reset-password?link=invalid';

export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  // The link's token and email come from the cookie proxy.ts set, never from the form.
  const link = await readResetLink();
  if (!link) redirect(INVALID_LINK);
  const values = keepValues(formData, chooseNewPasswordSchema, ['password', 'confirmPassword']);
  const parsed = resetPasswordSchema.safeParse({
    password: formData.get('password') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
    token: link.token,
    email: link.email,
  });
  if (!parsed.success) {
    const fieldErrors = firstErrors(parsed.error.issues);
    if (fieldErrors.token || fieldErrors.email) redirect(INVALID_LINK);
    return { status: 'error', fieldErrors, values };
  }
  const { email, token, password } = parsed.data;
  const backend = getBackend();
  try {
    await backend.resetPassword({ email, token, password });
  } catch (error) {
    const message = describeFailure('resetPassword', error);
    if (errorKind(error) !== 'invalid_token')
      return { status: 'error', formError: message, values };
    await clearResetLink();
    redirect(`${INVALID_LINK}&${new URLSearchParams({ email })}`);
  }
  await clearResetLink();
  // Whoever else held a session (a thief, a shared computer) loses it with the old password.
  await endSessionsOpenedBefore(Date.now(), { email, password });
  // A new password ends any session this browser still had: sign in again with it.
  const session = await readSession();
  if (session) {
    await backend.logOut(session.token).catch(() => undefined);
    await clearSession();
  }
  redirect('/account/login?notice=password-reset');
}

'use server';

import { redirect } from 'next/navigation';

import { describeFailure, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { resetPasswordSchema } from '@/lib/schemas/auth';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';
import { clearSession, readSession } from '@/lib/session';

export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData, ['password', 'confirmPassword']);
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues), values };
  }
  try {
    await getBackend().resetPassword({
      email: parsed.data.email,
      token: parsed.data.token,
      password: parsed.data.password,
    });
  } catch (error) {
    const message = describeFailure('resetPassword', error);
    if (errorKind(error) !== 'invalid_token')
      return { status: 'error', formError: message, values };
    redirect(
      `/account/reset-password?${new URLSearchParams({ link: 'invalid', email: parsed.data.email })}`,
    );
  }
  // A new password ends any session this browser still had: sign in again with it.
  const session = await readSession();
  if (session) {
    await getBackend()
      .logOut(session)
      .catch(() => undefined);
    await clearSession();
  }
  redirect('/account/login?notice=password-reset');
}

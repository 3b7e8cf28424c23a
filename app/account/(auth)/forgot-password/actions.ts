'use server';

import { after } from 'next/server';

import { describeFailure } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { messageRef } from '@/lib/i18n/message';
import { getBackend } from '@/lib/store/server';
import { limitKeys, takeAttempt } from '@/lib/rate-limit';
import { forgotPasswordSchema } from '@/lib/schemas/auth';

type State = FormStateOf<typeof forgotPasswordSchema>;

export async function requestPasswordReset(_previous: State, formData: FormData): Promise<State> {
  const form = parseForm(forgotPasswordSchema, formData);
  if (!form.ok) return form.state;
  const { values } = form;
  const { email } = form.data;
  const keys = await limitKeys({ email });
  const tooMany = await takeAttempt('forgotPassword', keys);
  if (tooMany) return { status: 'error', formError: tooMany, values };
  // The backend is asked only after the response has gone: how long it takes to look the
  // address up (and send a mail) must not tell a timing probe whether the account exists.
  after(async () => {
    try {
      await getBackend().requestPasswordReset(email);
    } catch (error) {
      describeFailure('requestPasswordReset', error);
    }
  });
  // The same words whether or not the address has an account, so the form reveals nothing.
  return {
    status: 'success',
    message: messageRef('forgotPasswordForm.sent', { email }),
    values,
  };
}

'use server';

import { redirect } from 'next/navigation';

import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { getBackend } from '@/lib/store/server';
import { chosenLanguage } from '@/lib/i18n/preference';
import { limitKeys, takeAttempt } from '@/lib/rate-limit';
import { sanitizeReturnTo } from '@/lib/return-to';
import { registerSchema } from '@/lib/schemas/auth';
import { writeSession } from '@/lib/session';

type State = FormStateOf<typeof registerSchema>;

export async function register(_previous: State, formData: FormData): Promise<State> {
  const form = parseForm(registerSchema, formData, { secret: ['password'] });
  if (!form.ok) return form.state;
  const { data, values } = form;

  const keys = await limitKeys({ email: data.email });
  const tooMany = await takeAttempt('register', keys);
  if (tooMany) return { status: 'error', formError: tooMany, values };

  try {
    const { session } = await getBackend().register({
      email: data.email,
      password: data.password,
      firstName: data.firstName,
      lastName: data.lastName,
      phone: data.phone,
    });
    await writeSession(session);
    // A language chosen before the account existed is the new customer's on every device.
    const chosen = await chosenLanguage();
    if (chosen) {
      await getBackend()
        .rememberLanguage(session, chosen)
        .catch((error: unknown) => describeFailure('rememberLanguage', error));
    }
  } catch (error) {
    const message = describeFailure('register', error);
    if (errorKind(error) === 'email_taken') {
      return { status: 'error', fieldErrors: { email: ERROR_COPY.email_taken }, values };
    }
    return { status: 'error', formError: message, values };
  }
  redirect(sanitizeReturnTo(data.returnTo));
}

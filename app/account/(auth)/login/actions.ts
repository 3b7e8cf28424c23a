'use server';

import { redirect } from 'next/navigation';

import { describeFailure, errorKind } from '@/lib/error-messages';
import { adoptCustomerLanguage } from '@/lib/i18n/preference';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { getBackend } from '@/lib/store/server';
import { limitKeys, limits, takeAttempt } from '@/lib/rate-limit';
import { sanitizeReturnTo } from '@/lib/return-to';
import { loginSchema } from '@/lib/schemas/auth';
import { writeSession } from '@/lib/session';
import { SECOND_STEP_PATH, writePendingSignIn } from '@/lib/two-step';

type State = FormStateOf<typeof loginSchema>;

export async function logIn(_previous: State, formData: FormData): Promise<State> {
  const form = parseForm(loginSchema, formData, { secret: ['password'] });
  if (!form.ok) return form.state;
  const { data, values } = form;

  const keys = await limitKeys({ email: data.email });
  const tooMany = await takeAttempt('signIn', keys);
  if (tooMany) return { status: 'error', formError: tooMany, values };

  const returnTo = sanitizeReturnTo(data.returnTo);
  let secondStep = false;
  try {
    const signIn = await getBackend().logIn(data.email, data.password);
    if (signIn.status === 'second-step') {
      // The second step's challenge and token stay on the server side of a sealed cookie.
      await writePendingSignIn({ ...signIn.pending, email: data.email, returnTo });
      secondStep = true;
    } else {
      await writeSession(signIn.session);
      await adoptCustomerLanguage(signIn.customer);
    }
  } catch (error) {
    // Only guesses count: a backend that is down must not lock anyone out.
    if (errorKind(error) !== 'invalid_credentials') await limits.giveBack('signIn', keys);
    return { status: 'error', formError: describeFailure('logIn', error), values };
  }
  if (secondStep) {
    // A right password is no guess, but the count stays as it was until the code is right
    // too, or a known password would buy fresh code guesses.
    await limits.giveBack('signIn', keys);
    redirect(SECOND_STEP_PATH);
  }
  await limits.succeeded('signIn', keys);
  redirect(returnTo);
}

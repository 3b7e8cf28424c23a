'use server';

import { redirect } from 'next/navigation';

import { describeFailure, errorKind } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { getBackend } from '@/lib/medusa';
import { limitKeys, limits, refusal } from '@/lib/rate-limit';
import { sanitizeReturnTo } from '@/lib/return-to';
import { loginSchema } from '@/lib/schemas/auth';
import { writeSession } from '@/lib/session';

type State = FormStateOf<typeof loginSchema>;

export async function logIn(_previous: State, formData: FormData): Promise<State> {
  const form = parseForm(loginSchema, formData, { secret: ['password'] });
  if (!form.ok) return form.state;
  const { data, values } = form;

  const keys = await limitKeys({ email: data.email });
  const tooMany = await refusal('signIn', keys);
  if (tooMany) return { status: 'error', formError: tooMany, values };

  try {
    const { session } = await getBackend().logIn(data.email, data.password);
    await writeSession(session);
  } catch (error) {
    // Only guesses count: a backend that is down must not lock anyone out.
    if (errorKind(error) === 'invalid_credentials') await limits.record('signIn', keys);
    return { status: 'error', formError: describeFailure('logIn', error), values };
  }
  await limits.reset('signIn', keys);
  redirect(sanitizeReturnTo(data.returnTo));
}

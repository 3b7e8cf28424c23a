'use server';

import { redirect } from 'next/navigation';

import { describeFailure, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { limitKeys, limits, refusal } from '@/lib/rate-limit';
import { sanitizeReturnTo } from '@/lib/return-to';
import { loginSchema } from '@/lib/schemas/auth';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';
import { writeSession } from '@/lib/session';

export async function logIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData, loginSchema, ['password']);
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues), values };
  }

  const keys = await limitKeys({ email: parsed.data.email });
  const tooMany = await refusal('signIn', keys);
  if (tooMany) return { status: 'error', formError: tooMany, values };

  try {
    const { session } = await getBackend().logIn(parsed.data.email, parsed.data.password);
    await writeSession(session);
  } catch (error) {
    // Only guesses count: a backend that is down must not lock anyone out.
    if (errorKind(error) === 'invalid_credentials') await limits.record('signIn', keys);
    return { status: 'error', formError: describeFailure('logIn', error), values };
  }
  await limits.reset('signIn', keys);
  redirect(sanitizeReturnTo(parsed.data.returnTo));
}

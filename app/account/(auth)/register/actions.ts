'use server';

import { redirect } from 'next/navigation';

import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { limitKeys, limits, refusal } from '@/lib/rate-limit';
import { sanitizeReturnTo } from '@/lib/return-to';
import { registerSchema } from '@/lib/schemas/auth';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';
import { writeSession } from '@/lib/session';

export async function register(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData, registerSchema, ['password']);
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues), values };
  }

  const keys = await limitKeys({ email: parsed.data.email });
  const tooMany = await refusal('register', keys);
  if (tooMany) return { status: 'error', formError: tooMany, values };
  await limits.record('register', keys);

  try {
    const { session } = await getBackend().register({
      email: parsed.data.email,
      password: parsed.data.password,
      firstName: parsed.data.firstName,
      lastName: parsed.data.lastName,
      phone: parsed.data.phone,
    });
    await writeSession(session);
  } catch (error) {
    const message = describeFailure('register', error);
    if (errorKind(error) === 'email_taken') {
      return { status: 'error', fieldErrors: { email: ERROR_COPY.email_taken }, values };
    }
    return { status: 'error', formError: message, values };
  }
  redirect(sanitizeReturnTo(parsed.data.returnTo));
}

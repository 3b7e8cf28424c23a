'use server';

import { redirect } from 'next/navigation';

import { describeFailure } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
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

  try {
    const { session } = await getBackend().logIn(parsed.data.email, parsed.data.password);
    await writeSession(session);
  } catch (error) {
    return { status: 'error', formError: describeFailure('logIn', error), values };
  }
  redirect(sanitizeReturnTo(parsed.data.returnTo));
}

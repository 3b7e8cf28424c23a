'use server';

import { describeFailure } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { forgotPasswordSchema } from '@/lib/schemas/auth';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';

export async function requestPasswordReset(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = keepValues(formData);
  const parsed = forgotPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues), values };
  }
  try {
    await getBackend().requestPasswordReset(parsed.data.email);
  } catch (error) {
    return { status: 'error', formError: describeFailure('requestPasswordReset', error), values };
  }
  // The same words whether or not the address has an account, so the form reveals nothing.
  return {
    status: 'success',
    message: `If an account exists for ${parsed.data.email}, we have emailed it a link to reset the password. The link works for 15 minutes.`,
    values,
  };
}

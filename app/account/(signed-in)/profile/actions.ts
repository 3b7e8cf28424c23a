'use server';

import { revalidatePath } from 'next/cache';

import { failureCopy, requireCustomer } from '@/lib/auth';
import { ERROR_COPY, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';

const PAGE = '/account/profile';

export async function updateProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData);
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues), values };
  }
  const { session, customer } = await requireCustomer(PAGE);
  const backend = getBackend();
  const email =
    backend.capabilities.canChangeEmail && parsed.data.email && parsed.data.email !== customer.email
      ? parsed.data.email
      : undefined;

  try {
    await backend.updateCustomer(session, {
      firstName: parsed.data.firstName,
      lastName: parsed.data.lastName,
      phone: parsed.data.phone,
      email,
    });
  } catch (error) {
    const message = failureCopy('updateProfile', error, PAGE);
    if (errorKind(error) === 'email_taken') {
      return { status: 'error', fieldErrors: { email: ERROR_COPY.email_taken }, values };
    }
    return { status: 'error', formError: message, values };
  }
  revalidatePath('/account', 'layout');
  return { status: 'success', message: 'Your profile has been saved.', values };
}

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues) };
  }
  const { session, customer } = await requireCustomer(PAGE);
  try {
    await getBackend().changePassword(session, {
      email: customer.email,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
    });
  } catch (error) {
    const message = failureCopy('changePassword', error, PAGE);
    if (errorKind(error) === 'invalid_credentials') {
      return {
        status: 'error',
        fieldErrors: { currentPassword: 'That is not your current password.' },
      };
    }
    return { status: 'error', formError: message };
  }
  return { status: 'success', message: 'Your password has been changed.' };
}

/** Where the backend cannot change a password in place: email the customer a reset link. */
export async function sendPasswordResetLink(): Promise<FormState> {
  const { customer } = await requireCustomer(PAGE);
  try {
    await getBackend().requestPasswordReset(customer.email);
  } catch (error) {
    return { status: 'error', formError: failureCopy('sendPasswordResetLink', error, PAGE) };
  }
  return {
    status: 'success',
    message: `We have emailed ${customer.email} a link to choose a new password. It works for 15 minutes.`,
  };
}

'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore, redirectIfSessionExpired, requireCustomer } from '@/lib/auth';
import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { limitKeys, limits, refusal } from '@/lib/rate-limit';
import { firstErrors, keepValues, type FormState } from '@/lib/schemas/form-state';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';
import { clearSession, writeSession } from '@/lib/session';

const PAGE = '/account/profile';

export async function updateProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData, profileSchema, ['currentPassword']);
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', fieldErrors: firstErrors(parsed.error.issues), values };
  }
  const { session, customer } = await requireCustomer(PAGE);
  const backend = getBackend();
  const newEmail =
    backend.capabilities.canChangeEmail && parsed.data.email && parsed.data.email !== customer.email
      ? parsed.data.email
      : undefined;

  if (newEmail) {
    if (!parsed.data.currentPassword) {
      return {
        status: 'error',
        fieldErrors: { currentPassword: 'Enter your password to change your email address.' },
        values,
      };
    }
    const keys = await limitKeys({ customerId: customer.id });
    const tooMany = await refusal('changeEmail', keys);
    if (tooMany) return { status: 'error', formError: tooMany, values };
    await limits.record('changeEmail', keys);
    // First, so that a wrong password or a taken address saves nothing at all.
    try {
      await backend.changeEmail(session, {
        currentEmail: customer.email,
        currentPassword: parsed.data.currentPassword,
        newEmail,
      });
    } catch (error) {
      redirectIfSessionExpired(error, PAGE);
      const message = describeFailure('changeEmail', error);
      const kind = errorKind(error);
      if (kind === 'invalid_credentials') {
        return {
          status: 'error',
          fieldErrors: { currentPassword: 'That is not your password.' },
          values,
        };
      }
      if (kind === 'email_taken') {
        return { status: 'error', fieldErrors: { email: ERROR_COPY.email_taken }, values };
      }
      return { status: 'error', formError: message, values };
    }
  }

  try {
    await backend.updateCustomer(session, {
      firstName: parsed.data.firstName,
      lastName: parsed.data.lastName,
      phone: parsed.data.phone,
    });
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return { status: 'error', formError: describeFailure('updateProfile', error), values };
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
  const keys = await limitKeys({ customerId: customer.id });
  const tooMany = await refusal('changePassword', keys);
  if (tooMany) return { status: 'error', formError: tooMany };
  await limits.record('changePassword', keys);
  try {
    await getBackend().changePassword(session, {
      email: customer.email,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
    });
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    const message = describeFailure('changePassword', error);
    if (errorKind(error) === 'invalid_credentials') {
      return {
        status: 'error',
        fieldErrors: { currentPassword: 'That is not your current password.' },
      };
    }
    return { status: 'error', formError: message };
  }
  // Every other session ends with the old password; this browser's stays, re-stamped.
  const instant = Date.now();
  await endSessionsOpenedBefore(instant, { session });
  await writeSession(session, instant);
  return { status: 'success', message: 'Your password has been changed.' };
}

/**
 * Ends every session of the customer, this browser's included: on a lost phone or a shared
 * computer, the shopper signs in again with their password.
 */
export async function signOutEverywhere(): Promise<FormState> {
  const { session } = await requireCustomer(PAGE);
  const backend = getBackend();
  try {
    await backend.revokeSessionsBefore(session, Date.now());
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return { status: 'error', formError: describeFailure('signOutEverywhere', error) };
  }
  await backend.logOut(session).catch((error: unknown) => describeFailure('logOut', error));
  await clearSession();
  redirect('/account/login?notice=signed-out-everywhere');
}

/** Where the backend cannot change a password in place: email the customer a reset link. */
export async function sendPasswordResetLink(): Promise<FormState> {
  const { customer } = await requireCustomer(PAGE);
  const keys = await limitKeys({ customerId: customer.id });
  const tooMany = await refusal('resetLink', keys);
  if (tooMany) return { status: 'error', formError: tooMany };
  await limits.record('resetLink', keys);
  try {
    await getBackend().requestPasswordReset(customer.email);
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return { status: 'error', formError: describeFailure('sendPasswordResetLink', error) };
  }
  return {
    status: 'success',
    message: `We have emailed ${customer.email} a link to choose a new password. It works for 15 minutes.`,
  };
}

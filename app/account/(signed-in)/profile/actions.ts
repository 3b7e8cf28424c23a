'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore, redirectIfSessionExpired, requireCustomer } from '@/lib/auth';
import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { parseForm, type FormState, type FormStateOf } from '@/lib/form-protocol';
import { loginNoticeUrl } from '@/lib/return-to';
import { getBackend } from '@/lib/store/server';
import { limitKeys, takeAttempt } from '@/lib/rate-limit';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';
import { clearSession, writeSession } from '@/lib/session';

const PAGE = '/account/profile';

type ProfileState = FormStateOf<typeof profileSchema>;
type PasswordState = FormStateOf<typeof changePasswordSchema>;

export async function updateProfile(
  _previous: ProfileState,
  formData: FormData,
): Promise<ProfileState> {
  const form = parseForm(profileSchema, formData, { secret: ['currentPassword'] });
  if (!form.ok) return form.state;
  const { data, values } = form;
  const { session, customer } = await requireCustomer(PAGE);
  const backend = getBackend();
  const newEmail =
    backend.capabilities.canChangeEmail && data.email && data.email !== customer.email
      ? data.email
      : undefined;

  if (newEmail) {
    if (!data.currentPassword) {
      return {
        status: 'error',
        fieldErrors: { currentPassword: 'Enter your password to change your email address.' },
        values,
      };
    }
    const keys = await limitKeys({ customerId: customer.id });
    const tooMany = await takeAttempt('changeEmail', keys);
    if (tooMany) return { status: 'error', formError: tooMany, values };
    // First, so that a wrong password or a taken address saves nothing at all.
    try {
      await backend.changeEmail(session, {
        currentEmail: customer.email,
        currentPassword: data.currentPassword,
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
      firstName: data.firstName,
      lastName: data.lastName,
      phone: data.phone,
      ...(backend.capabilities.keepsCustomerCompany ? { companyName: data.companyName } : {}),
    });
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return { status: 'error', formError: describeFailure('updateProfile', error), values };
  }
  revalidatePath('/account', 'layout');
  return { status: 'success', message: 'Your profile has been saved.', values };
}

export async function changePassword(
  _previous: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  const form = parseForm(changePasswordSchema, formData, {
    secret: ['currentPassword', 'newPassword', 'confirmPassword'],
  });
  if (!form.ok) return form.state;
  const { data } = form;
  const { session, customer } = await requireCustomer(PAGE);
  const keys = await limitKeys({ customerId: customer.id });
  const tooMany = await takeAttempt('changePassword', keys);
  if (tooMany) return { status: 'error', formError: tooMany };
  try {
    await getBackend().changePassword(session, {
      email: customer.email,
      currentPassword: data.currentPassword,
      newPassword: data.newPassword,
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
  redirect(loginNoticeUrl('signed-out-everywhere'));
}

/** Where the backend cannot change a password in place: email the customer a reset link. */
export async function sendPasswordResetLink(): Promise<FormState> {
  const { customer } = await requireCustomer(PAGE);
  const keys = await limitKeys({ customerId: customer.id });
  const tooMany = await takeAttempt('resetLink', keys);
  if (tooMany) return { status: 'error', formError: tooMany };
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

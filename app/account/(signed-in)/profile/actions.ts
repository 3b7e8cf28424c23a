'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore } from '@/lib/auth';
import { actAsCustomer } from '@/lib/customer-action';
import { describeFailure, ERROR_COPY } from '@/lib/error-messages';
import { messageRef } from '@/lib/i18n/message';
import { parseForm, type FormState, type FormStateOf } from '@/lib/form-protocol';
import { loginNoticeUrl } from '@/lib/return-to';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';
import { clearSession, writeSession } from '@/lib/session';

const PAGE = '/account/profile';
// What these actions say are catalogue keys (`profileActions`), shown in the shopper's language
// by the form that posted.
const NOT_IN_PLACE = 'profileActions.notInPlace';

type ProfileState = FormStateOf<typeof profileSchema>;
type PasswordState = FormStateOf<typeof changePasswordSchema>;

export async function updateProfile(
  _previous: ProfileState,
  formData: FormData,
): Promise<ProfileState> {
  const form = parseForm(profileSchema, formData, { secret: ['currentPassword'] });
  if (!form.ok) return form.state;
  const { data, values } = form;
  return actAsCustomer(
    { page: PAGE, operation: 'updateProfile' },
    async ({ store, customer, attempt }): Promise<ProfileState> => {
      const { changeEmail } = store.profile;
      const newEmail =
        changeEmail && data.email && data.email !== customer.email ? data.email : undefined;
      if (changeEmail && newEmail) {
        if (!data.currentPassword) {
          return {
            status: 'error',
            fieldErrors: { currentPassword: 'profileActions.passwordForEmail' },
            values,
          };
        }
        await attempt({ action: 'changeEmail' });
        // First, so that a wrong password or a taken address saves nothing at all.
        await changeEmail({ currentPassword: data.currentPassword, newEmail });
      }
      await store.profile.update({
        firstName: data.firstName,
        lastName: data.lastName,
        phone: data.phone,
        ...(store.capabilities.keepsCustomerCompany ? { companyName: data.companyName } : {}),
      });
      revalidatePath('/account', 'layout');
      return { status: 'success', message: 'profileActions.saved', values };
    },
    ({ kind, message }) => {
      if (kind === 'invalid_credentials') {
        return {
          status: 'error',
          fieldErrors: { currentPassword: 'profileActions.wrongPassword' },
          values,
        };
      }
      if (kind === 'email_taken') {
        return { status: 'error', fieldErrors: { email: ERROR_COPY.email_taken }, values };
      }
      return { status: 'error', formError: message, values };
    },
  );
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
  return actAsCustomer(
    { page: PAGE, operation: 'changePassword', limit: { action: 'changePassword' } },
    async ({ store, session }): Promise<PasswordState> => {
      // The page offers this form only where passwords change in place.
      if (!store.profile.changePassword) return { status: 'error', formError: NOT_IN_PLACE };
      await store.profile.changePassword({
        currentPassword: data.currentPassword,
        newPassword: data.newPassword,
      });
      // Every other session ends with the old password; this browser's stays, re-stamped.
      const instant = Date.now();
      await endSessionsOpenedBefore(instant, { session });
      await writeSession(session, instant);
      return { status: 'success', message: 'profileActions.passwordChanged' };
    },
    ({ kind, message }) =>
      kind === 'invalid_credentials'
        ? {
            status: 'error',
            fieldErrors: { currentPassword: 'profileActions.wrongCurrentPassword' },
          }
        : { status: 'error', formError: message },
  );
}

/**
 * Ends every session of the customer, this browser's included: on a lost phone or a shared
 * computer, the shopper signs in again with their password.
 */
export async function signOutEverywhere(): Promise<FormState> {
  const failure = await actAsCustomer<FormState | null>(
    { page: PAGE, operation: 'signOutEverywhere' },
    async ({ store }) => {
      await store.profile.endSessionsBefore(Date.now());
      await store.logOut().catch((error: unknown) => describeFailure('logOut', error));
      return null;
    },
    ({ message }): FormState => ({ status: 'error', formError: message }),
  );
  if (failure) return failure;
  await clearSession();
  redirect(loginNoticeUrl('signed-out-everywhere'));
}

/** Where the backend cannot change a password in place: email the customer a reset link. */
export async function sendPasswordResetLink(): Promise<FormState> {
  return actAsCustomer(
    { page: PAGE, operation: 'sendPasswordResetLink', limit: { action: 'resetLink' } },
    async ({ store, customer }): Promise<FormState> => {
      await store.profile.sendPasswordResetLink();
      return {
        status: 'success',
        message: messageRef('profileActions.resetLinkSent', { email: customer.email }),
      };
    },
    ({ message }) => ({ status: 'error', formError: message }),
  );
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore, redirectIfSessionExpired, requireCustomer } from '@/lib/auth';
import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { getBackend, type Reconfirmation } from '@/lib/store/server';
import { limitKeys, limits, takeAttempt } from '@/lib/rate-limit';
import {
  confirmTwoStepSchema,
  reconfirmTwoStepSchema,
  turnOnTwoStepSchema,
} from '@/lib/schemas/two-step';
import { writeSession } from '@/lib/session';
import { clearSetup, readSetup, TWO_STEP_SETTINGS_PATH, writeSetup } from '@/lib/two-step';

const PROFILE = '/account/profile';
/** Where the profile's section is, and what it says happened (`?twoStep=`). */
const profileSaying = (outcome: 'off' | 'restart') =>
  `${PROFILE}?twoStep=${outcome}#sign-in-security`;

const NOT_AT_THIS_STORE =
  'Two-step sign-in could not be turned on: this store has not set it up yet.';
const WRONG_PASSWORD = 'That is not your password.';

/**
 * Ends every other session of the customer (two-step sign-in was just turned on or off, so
 * whoever signed in before on another device signs in again, with it or without); this
 * browser's session stays, re-stamped.
 */
async function endOtherSessions(session: string) {
  const instant = Date.now();
  await endSessionsOpenedBefore(instant, { session });
  await writeSession(session, instant);
}

type TurnOnState = FormStateOf<typeof turnOnTwoStepSchema>;

/** The password, then a new authenticator set-up (its QR code is on the next page). */
export async function beginTwoStep(
  _previous: TurnOnState,
  formData: FormData,
): Promise<TurnOnState> {
  const form = parseForm(turnOnTwoStepSchema, formData, { secret: ['currentPassword'] });
  if (!form.ok) return form.state;
  const { session, customer } = await requireCustomer(PROFILE);
  // A password typed here is a guess like one typed at sign-in.
  const keys = await limitKeys({ email: customer.email });
  const tooMany = await takeAttempt('signIn', keys);
  if (tooMany) return { status: 'error', formError: tooMany };
  try {
    const setup = await getBackend().twoStep.begin(session, {
      email: customer.email,
      password: form.data.currentPassword,
    });
    await writeSetup({ customerId: customer.id, ...setup });
    // A right password is no guess.
    await limits.giveBack('signIn', keys);
  } catch (error) {
    const kind = errorKind(error);
    if (kind !== 'invalid_credentials') await limits.giveBack('signIn', keys);
    redirectIfSessionExpired(error, PROFILE);
    const message = describeFailure('beginTwoStep', error);
    if (kind === 'invalid_credentials') {
      return { status: 'error', fieldErrors: { currentPassword: WRONG_PASSWORD } };
    }
    // A store that has not set two-step sign-in up refuses the enrolment.
    return { status: 'error', formError: kind === 'invalid_input' ? NOT_AT_THIS_STORE : message };
  }
  redirect(TWO_STEP_SETTINGS_PATH);
}

type ConfirmState = FormStateOf<typeof confirmTwoStepSchema>;

/** The app's first code: two-step sign-in is on, and the recovery codes are shown once. */
export async function confirmTwoStep(
  _previous: ConfirmState,
  formData: FormData,
): Promise<ConfirmState> {
  const { session, customer } = await requireCustomer(TWO_STEP_SETTINGS_PATH);
  const setup = await readSetup(customer.id);
  if (!setup) redirect(profileSaying('restart'));
  const form = parseForm(confirmTwoStepSchema, formData);
  if (!form.ok) return form.state;
  let recoveryCodes: string[];
  try {
    recoveryCodes = await getBackend().twoStep.confirm(session, setup.factorId, form.data.code);
  } catch (error) {
    redirectIfSessionExpired(error, TWO_STEP_SETTINGS_PATH);
    const message = describeFailure('confirmTwoStep', error);
    const kind = errorKind(error);
    if (kind === 'invalid_code') {
      // The set-up is kept: the same QR code, another try.
      return {
        status: 'error',
        fieldErrors: {
          code: 'That code is not right. Enter the code the app shows now; if it keeps failing, check that the time on your phone is set automatically.',
        },
      };
    }
    if (kind === 'challenge_expired') {
      await clearSetup();
      redirect(profileSaying('restart'));
    }
    return { status: 'error', formError: message };
  }
  await clearSetup();
  await endOtherSessions(session);
  revalidatePath('/account', 'layout');
  return {
    status: 'success',
    message: 'Two-step sign-in is on. You were signed out on your other devices.',
    recoveryCodes,
  };
}

type ReconfirmState = FormStateOf<typeof reconfirmTwoStepSchema>;

/** Both need the password and a current code; both are limited like sign-in. */
async function withReconfirmation(
  formData: FormData,
  operation: 'renewRecoveryCodes' | 'turnOffTwoStep',
  run: (session: string, input: Reconfirmation) => Promise<ReconfirmState>,
): Promise<ReconfirmState> {
  const form = parseForm(reconfirmTwoStepSchema, formData, {
    secret: ['currentPassword', 'code'],
  });
  if (!form.ok) return form.state;
  const { session, customer } = await requireCustomer(TWO_STEP_SETTINGS_PATH);
  const keys = await limitKeys({ email: customer.email });
  const tooMany = await takeAttempt('signIn', keys);
  if (tooMany) return { status: 'error', formError: tooMany };
  try {
    const state = await run(session, {
      email: customer.email,
      password: form.data.currentPassword,
      proof: form.data.code,
    });
    // The password and the code were right: no guess.
    await limits.giveBack('signIn', keys);
    return state;
  } catch (error) {
    const kind = errorKind(error);
    const guessed = kind === 'invalid_credentials' || kind === 'invalid_code';
    if (!guessed) await limits.giveBack('signIn', keys);
    redirectIfSessionExpired(error, TWO_STEP_SETTINGS_PATH);
    const message = describeFailure(operation, error);
    if (kind === 'invalid_credentials')
      return { status: 'error', fieldErrors: { currentPassword: WRONG_PASSWORD } };
    if (kind === 'invalid_code' || kind === 'challenge_expired')
      return { status: 'error', fieldErrors: { code: ERROR_COPY.invalid_code } };
    return { status: 'error', formError: message };
  }
}

export async function renewRecoveryCodes(
  _previous: ReconfirmState,
  formData: FormData,
): Promise<ReconfirmState> {
  return withReconfirmation(formData, 'renewRecoveryCodes', async (session, input) => ({
    status: 'success',
    message: 'Here are your new recovery codes. The earlier ones no longer work.',
    recoveryCodes: await getBackend().twoStep.renewRecoveryCodes(session, input),
  }));
}

export async function turnOffTwoStep(
  _previous: ReconfirmState,
  formData: FormData,
): Promise<ReconfirmState> {
  const state = await withReconfirmation(formData, 'turnOffTwoStep', async (session, input) => {
    await getBackend().twoStep.turnOff(session, input);
    await endOtherSessions(session);
    return { status: 'success' };
  });
  if (state.status !== 'success') return state;
  revalidatePath('/account', 'layout');
  redirect(profileSaying('off'));
}

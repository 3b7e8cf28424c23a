'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { endSessionsOpenedBefore } from '@/lib/auth';
import { actAsCustomer, type ActionLimit, type SignedInAction } from '@/lib/customer-action';
import { ERROR_COPY } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import type { Reentered } from '@/lib/store';
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

// What these actions say are catalogue keys (`twoStepActions`), shown in the shopper's language
// by the form that posted.
const NOT_AT_THIS_STORE = 'twoStepActions.notAtThisStore';
const WRONG_PASSWORD = 'twoStepActions.wrongPassword';

/** Typed here, a password (and a code) is a guess like one typed at sign-in: a right one is none. */
const PASSWORD_GUESS: ActionLimit = {
  action: 'signIn',
  by: 'email',
  guesses: ['invalid_credentials'],
};
const PASSWORD_AND_CODE_GUESS: ActionLimit = {
  ...PASSWORD_GUESS,
  guesses: ['invalid_credentials', 'invalid_code'],
};

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
  const failure = await actAsCustomer(
    // A password typed here is a guess like one typed at sign-in.
    { page: PROFILE, operation: 'beginTwoStep', limit: PASSWORD_GUESS },
    async ({ store, customer }): Promise<TurnOnState | null> => {
      if (!store.twoStep) return { status: 'error', formError: NOT_AT_THIS_STORE };
      const setup = await store.twoStep.begin(form.data.currentPassword);
      await writeSetup({ customerId: customer.id, ...setup });
      return null;
    },
    ({ kind, message }): TurnOnState => {
      if (kind === 'invalid_credentials') {
        return { status: 'error', fieldErrors: { currentPassword: WRONG_PASSWORD } };
      }
      // A store that has not set two-step sign-in up refuses the enrolment.
      return { status: 'error', formError: kind === 'invalid_input' ? NOT_AT_THIS_STORE : message };
    },
  );
  if (failure) return failure;
  redirect(TWO_STEP_SETTINGS_PATH);
}

type ConfirmState = FormStateOf<typeof confirmTwoStepSchema>;

/** The app's first code: two-step sign-in is on, and the recovery codes are shown once. */
export async function confirmTwoStep(
  _previous: ConfirmState,
  formData: FormData,
): Promise<ConfirmState> {
  return actAsCustomer(
    { page: TWO_STEP_SETTINGS_PATH, operation: 'confirmTwoStep' },
    async ({ store, customer, session }): Promise<ConfirmState> => {
      const setup = await readSetup(customer.id);
      if (!setup || !store.twoStep) redirect(profileSaying('restart'));
      const form = parseForm(confirmTwoStepSchema, formData);
      if (!form.ok) return form.state;
      const recoveryCodes = await store.twoStep.confirm(setup.factorId, form.data.code);
      await clearSetup();
      await endOtherSessions(session);
      revalidatePath('/account', 'layout');
      return {
        status: 'success',
        message: 'twoStepActions.turnedOn',
        recoveryCodes,
      };
    },
    async ({ kind, message }) => {
      if (kind === 'invalid_code') {
        // The set-up is kept: the same QR code, another try.
        return {
          status: 'error',
          fieldErrors: { code: 'twoStepActions.wrongFirstCode' },
        };
      }
      if (kind === 'challenge_expired') {
        await clearSetup();
        redirect(profileSaying('restart'));
      }
      return { status: 'error', formError: message };
    },
  );
}

type ReconfirmState = FormStateOf<typeof reconfirmTwoStepSchema>;

/** Both need the password and a current code; both are limited like sign-in. */
async function withReconfirmation(
  formData: FormData,
  operation: 'renewRecoveryCodes' | 'turnOffTwoStep',
  run: (signedIn: SignedInAction, input: Reentered) => Promise<ReconfirmState>,
): Promise<ReconfirmState> {
  const form = parseForm(reconfirmTwoStepSchema, formData, {
    secret: ['currentPassword', 'code'],
  });
  if (!form.ok) return form.state;
  return actAsCustomer(
    { page: TWO_STEP_SETTINGS_PATH, operation, limit: PASSWORD_AND_CODE_GUESS },
    (signedIn) => run(signedIn, { password: form.data.currentPassword, proof: form.data.code }),
    ({ kind, message }) => {
      if (kind === 'invalid_credentials')
        return { status: 'error', fieldErrors: { currentPassword: WRONG_PASSWORD } };
      if (kind === 'invalid_code' || kind === 'challenge_expired')
        return { status: 'error', fieldErrors: { code: ERROR_COPY.invalid_code } };
      return { status: 'error', formError: message };
    },
  );
}

export async function renewRecoveryCodes(
  _previous: ReconfirmState,
  formData: FormData,
): Promise<ReconfirmState> {
  return withReconfirmation(formData, 'renewRecoveryCodes', async ({ store }, input) =>
    store.twoStep
      ? {
          status: 'success',
          message: 'twoStepActions.newCodes',
          recoveryCodes: await store.twoStep.renewRecoveryCodes(input),
        }
      : { status: 'error', formError: NOT_AT_THIS_STORE },
  );
}

export async function turnOffTwoStep(
  _previous: ReconfirmState,
  formData: FormData,
): Promise<ReconfirmState> {
  const state = await withReconfirmation(
    formData,
    'turnOffTwoStep',
    async ({ store, session }, input) => {
      if (!store.twoStep) return { status: 'error', formError: NOT_AT_THIS_STORE };
      await store.twoStep.turnOff(input);
      await endOtherSessions(session);
      return { status: 'success' };
    },
  );
  if (state.status !== 'success') return state;
  revalidatePath('/account', 'layout');
  redirect(profileSaying('off'));
}

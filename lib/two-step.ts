import 'server-only';

import { z } from 'zod';

import { clearSealed, readSealed, writeSealed, type SealedCookie } from './sealed-cookie';

// The two pieces of state two-step sign-in keeps between requests, each in a sealed,
// httpOnly cookie scoped to its pages (lib/sealed-cookie.ts): nothing of them is ever in a
// URL or a page.

/** Where the second step of a sign-in is asked for. */
export const SECOND_STEP_PATH = '/account/login/two-step';
/** Where two-step sign-in is set up and managed. */
export const TWO_STEP_SETTINGS_PATH = '/account/profile/two-step';

/**
 * A sign-in that passed the password: Medusa's challenge and first-step token, whose email
 * (for the sign-in limits), where to go afterwards, and, after a password reset, the instant
 * before which the customer's other sessions are to be ended once the sign-in completes.
 */
const pendingSignInSchema = z.object({
  challengeId: z.string().min(1),
  token: z.string().min(1),
  expiresAt: z.number(),
  email: z.string(),
  returnTo: z.string(),
  revokeBefore: z.number().optional(),
});
export type PendingSecondStep = z.infer<typeof pendingSignInSchema>;

/** Medusa's challenge lives five minutes; the cookie never longer than the challenge. */
const SECOND_STEP_COOKIE: SealedCookie<PendingSecondStep> = {
  name: 'account_second_step',
  path: '/account/login',
  maxAgeSeconds: 10 * 60,
  schema: pendingSignInSchema,
};

export async function readPendingSignIn(): Promise<PendingSecondStep | null> {
  const pending = await readSealed(SECOND_STEP_COOKIE);
  return pending && pending.expiresAt > Date.now() ? pending : null;
}

export async function writePendingSignIn(pending: PendingSecondStep): Promise<void> {
  await writeSealed(SECOND_STEP_COOKIE, pending, (pending.expiresAt - Date.now()) / 1000);
}

export async function clearPendingSignIn(): Promise<void> {
  await clearSealed(SECOND_STEP_COOKIE);
}

/**
 * An authenticator set-up for one customer, until the app's first code: its factor and the
 * secret the page shows as a QR code and as text.
 */
const setupSchema = z.object({
  customerId: z.string(),
  factorId: z.string(),
  secret: z.string(),
  otpauthUrl: z.string(),
});
export type TwoStepSetupState = z.infer<typeof setupSchema>;

const SETUP_COOKIE: SealedCookie<TwoStepSetupState> = {
  name: 'account_two_step_setup',
  path: '/account/profile',
  maxAgeSeconds: 15 * 60,
  schema: setupSchema,
};

/** The set-up this browser started for this customer, if any. */
export async function readSetup(customerId: string): Promise<TwoStepSetupState | null> {
  const setup = await readSealed(SETUP_COOKIE);
  return setup?.customerId === customerId ? setup : null;
}

export async function writeSetup(setup: TwoStepSetupState): Promise<void> {
  await writeSealed(SETUP_COOKIE, setup);
}

export async function clearSetup(): Promise<void> {
  await clearSealed(SETUP_COOKIE);
}

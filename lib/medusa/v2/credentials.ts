import 'server-only';

import { z } from 'zod';

import {
  BackendError,
  isBackendError,
  type Reconfirmation,
  type SecondStepProof,
} from '../../store/backend';
import * as wire from '../wire';
import type { V2Context } from './client';

// Checking who the shopper is: the password (`POST /auth/customer/emailpass`), and the second
// step's code where two-step sign-in is on. Signing in and the two-step settings both use it.

/** A JWT from the auth routes. */
export const tokenBody = z.object({ token: z.string().min(1) });

/**
 * What `POST /auth/customer/emailpass` answers: a token that is the customer's, or (two-step
 * sign-in on) a first-step token with the challenge the second step must complete.
 */
const authenticateBody = z.union([
  z.object({
    mfa_required: z.literal(true),
    token: z.string().min(1),
    mfa_challenge: z.object({ id: z.string().min(1), expires_at: z.string() }),
  }),
  tokenBody,
]);
type Authenticated = z.infer<typeof authenticateBody>;

/**
 * Medusa answers a wrong second-step code and a challenge that can no longer be completed
 * with the same status (400, not allowed); only its wording tells them apart. A challenge it
 * no longer knows is 404, a first-step token that ran out 401.
 */
function secondStepFailure(error: unknown): unknown {
  if (!isBackendError(error) || error.status === undefined) return error;
  const spent = /expired|too many|already been completed/i.test(error.message);
  if (error.status === 404 || error.status === 401 || (error.status === 400 && spent))
    return new BackendError('challenge_expired', error.message, {
      cause: error,
      status: error.status,
    });
  if (error.status === 400)
    return new BackendError('invalid_code', error.message, { cause: error, status: error.status });
  return error;
}

/**
 * Email and password to a short-lived JWT (`POST /auth/customer/emailpass`), or to the
 * second step when the customer has two-step sign-in on.
 */
export async function authenticate(
  { request }: V2Context,
  email: string,
  password: string,
): Promise<Authenticated> {
  const body = await request(
    'authenticate',
    '/auth/customer/emailpass',
    { method: 'POST', body: { email, password } },
    { 401: 'invalid_credentials', 400: 'invalid_credentials' },
  );
  return wire.parseResponse(authenticateBody, body, 'v2 authenticate');
}

/** The customer's token, where no second step stands in the way (sign-up, say). */
export async function authenticateFully(
  context: V2Context,
  email: string,
  password: string,
): Promise<string> {
  const answer = await authenticate(context, email, password);
  if ('mfa_required' in answer)
    throw new BackendError('invalid_input', 'v2 authenticate: a second step is required');
  return answer.token;
}

/** The second step of a sign-in: the customer's token for a right code. */
export async function verifyChallenge(
  { request }: V2Context,
  operation: string,
  pending: { challengeId: string; token: string },
  proof: SecondStepProof,
): Promise<string> {
  try {
    const body = await request(
      operation,
      `/auth/mfa/challenges/${encodeURIComponent(pending.challengeId)}/verify`,
      {
        method: 'POST',
        body: { method: proof.method, code: proof.code },
        headers: { authorization: `Bearer ${pending.token}` },
      },
    );
    return wire.parseResponse(tokenBody, body, `v2 ${operation}`).token;
  } catch (error) {
    throw secondStepFailure(error);
  }
}

/**
 * The password again, then the code through a challenge of the storefront's own (Medusa checks
 * both). False when two-step sign-in is not on: the password alone was checked.
 */
export async function reconfirm(
  context: V2Context,
  operation: string,
  input: Reconfirmation,
): Promise<boolean> {
  const answer = await authenticate(context, input.email, input.password);
  if (!('mfa_required' in answer)) return false;
  await verifyChallenge(
    context,
    operation,
    { challengeId: answer.mfa_challenge.id, token: answer.token },
    input.proof,
  );
  return true;
}

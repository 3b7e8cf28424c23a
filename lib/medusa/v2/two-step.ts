import 'server-only';

import { z } from 'zod';

import type { TwoStepMethods } from '../adapter';
import { BackendError, isBackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V2Context } from './client';
import { signedInWith } from './auth';
import { authenticateFully, reconfirm, verifyChallenge } from './credentials';

// Two-step sign-in through Medusa's auth module: a TOTP factor and recovery codes, which
// Medusa then asks for on every sign-in.

const mfaFactorsBody = z.object({
  mfa_factors: z.array(z.object({ id: z.string(), provider: z.string(), status: z.string() })),
});
const enrolmentBody = z.object({
  mfa_factor: z.object({ id: z.string() }),
  secret: z.string().min(16),
  otpauth_url: z.string().startsWith('otpauth://'),
});
const recoveryCodesBody = z.object({ recovery_codes: z.array(z.string().min(1)).min(1) });

const factorPath = (id: string) => `/auth/mfa/factors/${encodeURIComponent(id)}`;

/** A refused code where Medusa calls it invalid input. */
const asInvalidCode = (error: unknown) =>
  isBackendError(error, 'invalid_input')
    ? new BackendError('invalid_code', error.message, { cause: error })
    : error;

export function twoStepMethods(context: V2Context): TwoStepMethods {
  const { request, asCustomer } = context;

  async function listFactors(session: string) {
    const body = await request('listMfaFactors', '/auth/mfa/factors', {
      headers: asCustomer(session),
    });
    return wire
      .parseResponse(mfaFactorsBody, body, 'v2 listMfaFactors')
      .mfa_factors.filter((factor) => factor.provider === 'totp');
  }

  async function enabledFactor(session: string) {
    const factor = (await listFactors(session)).find((f) => f.status === 'enabled');
    if (!factor) throw new BackendError('not_found', 'v2: no enabled authenticator');
    return factor;
  }

  async function newRecoveryCodes(session: string): Promise<string[]> {
    const body = await request('recoveryCodes', '/auth/mfa/recovery-codes', {
      method: 'POST',
      body: {},
      headers: asCustomer(session),
    });
    return wire.parseResponse(recoveryCodesBody, body, 'v2 recoveryCodes').recovery_codes;
  }

  return {
    twoStep: {
      async completeSignIn(pending, proof) {
        return signedInWith(
          context,
          await verifyChallenge(context, 'completeSignIn', pending, proof),
        );
      },

      async isOn(session) {
        return (await listFactors(session)).some((factor) => factor.status === 'enabled');
      },

      async begin(session, { email, password }) {
        await authenticateFully(context, email, password);
        // Medusa allows one pending or enabled authenticator: a set-up the shopper left
        // unfinished is removed (a pending one needs no code) before a new one starts.
        for (const factor of await listFactors(session)) {
          if (factor.status === 'pending') {
            await request('discardMfaFactor', factorPath(factor.id), {
              method: 'DELETE',
              body: {},
              headers: asCustomer(session),
            });
          }
        }
        const body = await request('enrolMfaFactor', '/auth/mfa/factors', {
          method: 'POST',
          body: { provider: 'totp', label: email },
          headers: asCustomer(session),
        });
        const enrolment = wire.parseResponse(enrolmentBody, body, 'v2 enrolMfaFactor');
        return {
          factorId: enrolment.mfa_factor.id,
          secret: enrolment.secret,
          otpauthUrl: enrolment.otpauth_url,
        };
      },

      async confirm(session, factorId, code) {
        try {
          await request('verifyMfaFactor', `${factorPath(factorId)}/verify`, {
            method: 'POST',
            body: { code },
            headers: asCustomer(session),
          });
        } catch (error) {
          // A set-up that is gone (404) or was replaced in another tab (Medusa then refuses the
          // disabled factor) cannot be finished: start again.
          if (
            isBackendError(error, 'not_found') ||
            (isBackendError(error, 'invalid_input') && /disabled/i.test(error.message))
          )
            throw new BackendError('challenge_expired', error.message, { cause: error });
          throw asInvalidCode(error);
        }
        return newRecoveryCodes(session);
      },

      async turnOff(session, input) {
        // The password, then the code through a challenge of the storefront's own: checked
        // here whatever the store's `disable_policy` (under Medusa's default, "session", any
        // code would do for the removal itself).
        if (!(await reconfirm(context, 'turnOffTwoStep', input))) return;
        const factor = await enabledFactor(session);
        // Under `disable_policy: "challenge"` Medusa checks a code again as it removes the
        // factor. An authenticator code is still good within its window; a recovery code was
        // used up by the check above, so the removal carries a fresh one, which ends with the
        // factor.
        const proof =
          input.proof.method === 'recovery_code'
            ? { method: input.proof.method, code: (await newRecoveryCodes(session))[0]! }
            : input.proof;
        try {
          await request('disableMfaFactor', factorPath(factor.id), {
            method: 'DELETE',
            body: { method: proof.method, code: proof.code },
            headers: asCustomer(session),
          });
        } catch (error) {
          throw asInvalidCode(error);
        }
      },

      async renewRecoveryCodes(session, input) {
        // Medusa hands out new codes to any session; the storefront asks for the password and
        // a code first, through a challenge of their own.
        if (!(await reconfirm(context, 'renewRecoveryCodes', input)))
          throw new BackendError(
            'invalid_input',
            'v2 renewRecoveryCodes: two-step sign-in is not on',
          );
        return newRecoveryCodes(session);
      },
    },
  };
}

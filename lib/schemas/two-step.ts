import * as z from 'zod/mini';

import { password } from './fields';

// What a shopper types for two-step sign-in: the 6-digit code their authenticator app shows,
// or one of the recovery codes they saved (32 hexadecimal digits, printed as eight groups of
// four joined by hyphens). Spaces, and for a recovery code hyphens and capitals, are allowed
// however they were typed; what reaches the backend is the one canonical form.

const spaceless = (value: string) => value.replace(/\s+/g, '');

export const AUTHENTICATOR_CODE_MESSAGE = 'validation.code.authenticator';
export const RECOVERY_CODE_MESSAGE = 'validation.code.recovery';

/** A code from the authenticator app: six digits, spaces allowed ("123 456"). */
export const authenticatorCode = z.pipe(
  z.pipe(z.string().check(z.maxLength(32, AUTHENTICATOR_CODE_MESSAGE)), z.transform(spaceless)),
  z.string().check(z.regex(/^\d{6}$/, AUTHENTICATOR_CODE_MESSAGE)),
);

const RECOVERY_DIGITS = /^[0-9a-f]{32}$/;

/** A recovery code in the form Medusa issued it: lower case, groups of four joined by hyphens. */
export function canonicalRecoveryCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]+/g, '').toLowerCase();
  return RECOVERY_DIGITS.test(digits) ? (digits.match(/.{4}/g) ?? []).join('-') : null;
}

/** Refuses the value with `message`: zod/mini's way for a transform to fail. */
function refuse(payload: z.core.ParsePayload, message: string) {
  payload.issues.push({ code: 'custom', message, input: payload.value });
  return z.NEVER;
}

export const recoveryCode = z.pipe(
  z.string().check(z.maxLength(80, RECOVERY_CODE_MESSAGE)),
  z.transform((value: string, payload) => {
    const canonical = canonicalRecoveryCode(value);
    if (canonical) return canonical;
    return refuse(payload, RECOVERY_CODE_MESSAGE);
  }),
);

export const EITHER_CODE_MESSAGE = 'validation.code.either';

/** Where either will do: which one it is follows from its form. */
export const eitherCode = z.pipe(
  z.string().check(z.maxLength(80, EITHER_CODE_MESSAGE)),
  z.transform((value: string, payload) => {
    const digits = spaceless(value);
    if (/^\d{6}$/.test(digits)) return { method: 'totp' as const, code: digits };
    const canonical = canonicalRecoveryCode(value);
    if (canonical) return { method: 'recovery_code' as const, code: canonical };
    return refuse(payload, EITHER_CODE_MESSAGE);
  }),
);

/** The second page of a sign-in, with the app's code. */
export const signInCodeSchema = z.object({ code: authenticatorCode });
/** The second page of a sign-in, with a recovery code instead. */
export const signInRecoveryCodeSchema = z.object({ code: recoveryCode });

/** "Turn on two-step sign-in" asks for the password first. */
export const turnOnTwoStepSchema = z.object({
  currentPassword: password('validation.password.requiredForTwoStep'),
});

/** The app's first code finishes the set-up. */
export const confirmTwoStepSchema = z.object({ code: authenticatorCode });

/** Turning it off, or new recovery codes: the password and a current code. */
export const reconfirmTwoStepSchema = z.object({
  currentPassword: password('validation.password.required'),
  code: eitherCode,
});

// zod/mini rather than zod: these rules run in the browser too, and mini's functional checks
// let the bundler keep only what a form uses (full zod adds some 40 kB gzip to every form).
import * as z from 'zod/mini';

import { PASSWORD_RULES } from './password-rules';

export { PASSWORD_RULES };

/**
 * C0 and C1 controls (NUL among them, which Medusa answers with a 500) and the invisible
 * marks that reorder text (U+202E shows "Dana\u202Eevil" as "Danalive"): never part of a
 * real name or address, and a way to make one look like another in an order or an email.
 */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_OR_BIDI_MESSAGE = 'Remove the control or text-direction characters.';

/** Text a person typed for a name or an address line. */
export const plainText = (schema: z.ZodMiniString) =>
  schema.check(z.refine((value) => !CONTROL_OR_BIDI.test(value), CONTROL_OR_BIDI_MESSAGE));

/** Empty text becomes null, so the backend can clear what was stored. */
const emptyAsNull = (value: string | undefined) => (value ? value : null);

/** Passwords: any characters, bounded so hashing cannot be made expensive. */
export const password = (requiredMessage: string) =>
  z
    .string()
    .check(z.minLength(1, requiredMessage), z.maxLength(256, 'Use at most 256 characters.'));

export const email = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter your email address.'),
      z.maxLength(254, 'That email address is too long.'),
      z.email('Enter a valid email address, like name@example.com.'),
    ),
  z.transform((value: string) => value.toLowerCase()),
);

export const newPassword = z
  .string()
  .check(
    z.minLength(8, `Use at least 8 characters. ${PASSWORD_RULES}`),
    z.maxLength(256, 'Use at most 256 characters.'),
    z.regex(/[A-Za-z]/, `Include at least one letter. ${PASSWORD_RULES}`),
    z.regex(/[0-9]/, `Include at least one number. ${PASSWORD_RULES}`),
  );

/** The "repeat your new password" field; whether it matches is checked by the form's schema. */
export const confirmation = z
  .string()
  .check(
    z.minLength(1, 'Repeat your new password.'),
    z.maxLength(256, 'Use at most 256 characters.'),
  );

/**
 * Text that must be given. The messages speak of the shopper's own details ("Enter your first
 * name.") or, with `whose` 'the', of something else's, such as an address ("Enter the city.").
 */
export const requiredText = (label: string, max = 100, whose: 'your' | 'the' = 'your') =>
  plainText(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, `Enter ${whose} ${label}.`),
        z.maxLength(
          max,
          `${whose === 'your' ? 'Your' : 'The'} ${label} can be at most ${max} characters.`,
        ),
      ),
  );

/** Optional text: empty becomes null so the backend can clear it. */
export const optionalText = (label: string, max = 100) =>
  z.pipe(
    z.optional(
      plainText(
        z
          .string()
          .check(z.trim(), z.maxLength(max, `The ${label} can be at most ${max} characters.`)),
      ),
    ),
    z.transform(emptyAsNull),
  );

export const phone = z.pipe(
  z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(32, 'Phone numbers can be at most 32 characters.'),
        z.regex(/^[+0-9 ()\-./]*$/, 'Use digits, spaces and + ( ) - only.'),
      ),
  ),
  z.transform(emptyAsNull),
);

import { z } from 'zod';

/**
 * C0 and C1 controls (NUL among them, which Medusa answers with a 500) and the invisible
 * marks that reorder text (U+202E shows "Dana\u202Eevil" as "Danalive"): never part of a
 * real name or address, and a way to make one look like another in an order or an email.
 */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_OR_BIDI_MESSAGE = 'Remove the control or text-direction characters.';

/** Text a person typed for a name or an address line. */
export const plainText = (schema: z.ZodString) =>
  schema.refine((value) => !CONTROL_OR_BIDI.test(value), CONTROL_OR_BIDI_MESSAGE);

/** Passwords: any characters, bounded so hashing cannot be made expensive. */
export const password = (requiredMessage: string) =>
  z.string().min(1, requiredMessage).max(256, 'Use at most 256 characters.');

export const PASSWORD_RULES = 'At least 8 characters, including a letter and a number.';

export const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .email('Enter a valid email address, like name@example.com.')
  .transform((value) => value.toLowerCase());

export const newPassword = z
  .string()
  .min(8, `Use at least 8 characters. ${PASSWORD_RULES}`)
  .max(256, 'Use at most 256 characters.')
  .regex(/[A-Za-z]/, `Include at least one letter. ${PASSWORD_RULES}`)
  .regex(/[0-9]/, `Include at least one number. ${PASSWORD_RULES}`);

/** The "repeat your new password" field; whether it matches is checked by the form's schema. */
export const confirmation = z
  .string()
  .min(1, 'Repeat your new password.')
  .max(256, 'Use at most 256 characters.');

export const requiredText = (label: string, max = 100) =>
  plainText(
    z
      .string()
      .trim()
      .min(1, `Enter your ${label}.`)
      .max(max, `Your ${label} can be at most ${max} characters.`),
  );

/** Optional text: empty becomes null so the backend can clear it. */
export const optionalText = (label: string, max = 100) =>
  plainText(z.string().trim().max(max, `The ${label} can be at most ${max} characters.`))
    .optional()
    .transform((value) => (value ? value : null));

export const phone = z
  .string()
  .trim()
  .max(32, 'Phone numbers can be at most 32 characters.')
  .regex(/^[+0-9 ()\-./]*$/, 'Use digits, spaces and + ( ) - only.')
  .optional()
  .transform((value) => (value ? value : null));

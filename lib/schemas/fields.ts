import { z } from 'zod';

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
  .max(128, 'Use at most 128 characters.')
  .regex(/[A-Za-z]/, `Include at least one letter. ${PASSWORD_RULES}`)
  .regex(/[0-9]/, `Include at least one number. ${PASSWORD_RULES}`);

/** The "repeat your new password" field; whether it matches is checked by the form's schema. */
export const confirmation = z
  .string()
  .min(1, 'Repeat your new password.')
  .max(256, 'Use at most 128 characters.');

export const requiredText = (label: string, max = 100) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${label}.`)
    .max(max, `Your ${label} can be at most ${max} characters.`);

/** Optional text: empty becomes null so the backend can clear it. */
export const optionalText = (label: string, max = 100) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} can be at most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

export const phone = z
  .string()
  .trim()
  .max(32, 'Phone numbers can be at most 32 characters.')
  .regex(/^[+0-9 ()\-./]*$/, 'Use digits, spaces and + ( ) - only.')
  .optional()
  .transform((value) => (value ? value : null));

// zod/mini rather than zod: these rules run in the browser too, and mini's functional checks
// let the bundler keep only what a form uses (full zod adds some 40 kB gzip to every form).
import * as z from 'zod/mini';

import { messageRef } from '../i18n/message';

// Every message here is a catalogue key (messages/en.json, `validation`), as a `MessageRef`
// where it has values: these rules run in the browser and on the server alike, and whoever
// shows a message translates it in the shopper's language.

/**
 * C0 and C1 controls (NUL among them, which Medusa answers with a 500) and the invisible
 * marks that reorder text (U+202E shows "Dana\u202Eevil" as "Danalive"): never part of a
 * real name or address, and a way to make one look like another in an order or an email.
 */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_OR_BIDI_MESSAGE = 'validation.controlCharacters';

/** Text a person typed for a name or an address line. */
export const plainText = (schema: z.ZodMiniString) =>
  schema.check(z.refine((value) => !CONTROL_OR_BIDI.test(value), CONTROL_OR_BIDI_MESSAGE));

/** Empty text becomes null, so the backend can clear what was stored. */
const emptyAsNull = (value: string | undefined) => (value ? value : null);

const USE_AT_MOST_256 = messageRef('validation.useAtMost', { max: 256 });

/** Passwords: any characters, bounded so hashing cannot be made expensive. */
export const password = (requiredMessage: string) =>
  z.string().check(z.minLength(1, requiredMessage), z.maxLength(256, USE_AT_MOST_256));

export const email = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.email.required'),
      z.maxLength(254, 'validation.email.tooLong'),
      z.email('validation.email.invalid'),
    ),
  z.transform((value: string) => value.toLowerCase()),
);

export const newPassword = z
  .string()
  .check(
    z.minLength(8, 'validation.newPassword.tooShort'),
    z.maxLength(256, USE_AT_MOST_256),
    z.regex(/[A-Za-z]/, 'validation.newPassword.noLetter'),
    z.regex(/[0-9]/, 'validation.newPassword.noNumber'),
  );

/** The "repeat your new password" field; whether it matches is checked by the form's schema. */
export const confirmation = z
  .string()
  .check(z.minLength(1, 'validation.confirmPassword.required'), z.maxLength(256, USE_AT_MOST_256));

/**
 * Text that must be given: its messages are `validation.<field>.required` ("Enter your first
 * name.", "Enter the city.") and `validation.<field>.tooLong`, with the length as `max`.
 */
export const requiredText = (field: string, max = 100) =>
  plainText(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, `validation.${field}.required`),
        z.maxLength(max, messageRef(`validation.${field}.tooLong`, { max })),
      ),
  );

/** Optional text, `validation.<field>.tooLong` past `max`: empty becomes null so the backend can clear it. */
export const optionalText = (field: string, max = 100) =>
  z.pipe(
    z.optional(
      plainText(
        z
          .string()
          .check(z.trim(), z.maxLength(max, messageRef(`validation.${field}.tooLong`, { max }))),
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
        z.maxLength(32, messageRef('validation.phone.tooLong', { max: 32 })),
        z.regex(/^[+0-9 ()\-./]*$/, 'validation.phone.characters'),
      ),
  ),
  z.transform(emptyAsNull),
);

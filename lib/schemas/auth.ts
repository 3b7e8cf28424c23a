import * as z from 'zod/mini';

import { confirmation, email, newPassword, password, phone, requiredText } from './fields';

/** Sanitised where it is used (lib/return-to.ts); bounded here like every field. */
const returnTo = z.optional(z.string().check(z.maxLength(2048)));

export const loginSchema = z.object({
  email,
  password: password('validation.password.required'),
  returnTo: returnTo,
});

export const registerSchema = z.object({
  email,
  password: newPassword,
  firstName: requiredText('firstName'),
  lastName: requiredText('lastName'),
  phone,
  returnTo: returnTo,
});

export const forgotPasswordSchema = z.object({ email });

const passwordsMatch = z.refine<{ password: string; confirmPassword: string }>(
  (data) => data.password === data.confirmPassword,
  { path: ['confirmPassword'], message: 'validation.confirmPassword.mismatch' },
);

/** What the shopper types on the reset page. */
export const chooseNewPasswordSchema = z
  .object({ password: newPassword, confirmPassword: confirmation })
  .check(passwordsMatch);

/** What the reset action sends: the typed passwords plus the link's email and token. */
export const resetPasswordSchema = z
  .object({
    email,
    token: z
      .string()
      .check(
        z.minLength(1, 'validation.resetToken.missing'),
        z.maxLength(2048, 'validation.resetToken.malformed'),
      ),
    password: newPassword,
    confirmPassword: confirmation,
  })
  .check(passwordsMatch);

import { z } from 'zod';

import { confirmation, email, newPassword, password, phone, requiredText } from './fields';

/** Sanitised where it is used (lib/return-to.ts); bounded here like every field. */
const returnTo = z.string().max(2048).optional();

export const loginSchema = z.object({
  email,
  password: password('Enter your password.'),
  returnTo: returnTo,
});

export const registerSchema = z.object({
  email,
  password: newPassword,
  firstName: requiredText('first name'),
  lastName: requiredText('last name'),
  phone,
  returnTo: returnTo,
});

export const forgotPasswordSchema = z.object({ email });

const passwordsMatch = {
  check: (data: { password: string; confirmPassword: string }) =>
    data.password === data.confirmPassword,
  params: { path: ['confirmPassword'], message: 'The two passwords do not match.' },
};

/** What the shopper types on the reset page. */
export const chooseNewPasswordSchema = z
  .object({ password: newPassword, confirmPassword: confirmation })
  .refine(passwordsMatch.check, passwordsMatch.params);

/** What the reset action sends: the typed passwords plus the link's email and token. */
export const resetPasswordSchema = z
  .object({
    email,
    token: z
      .string()
      .min(1, 'This reset link is incomplete.')
      .max(2048, 'This reset link is not one we sent.'),
    password: newPassword,
    confirmPassword: confirmation,
  })
  .refine(passwordsMatch.check, passwordsMatch.params);

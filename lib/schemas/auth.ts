import { z } from 'zod';

import { email, newPassword, phone, requiredText } from './fields';

export const loginSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.'),
  returnTo: z.string().optional(),
});

export const registerSchema = z.object({
  email,
  password: newPassword,
  firstName: requiredText('first name'),
  lastName: requiredText('last name'),
  phone,
  returnTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    email,
    token: z.string().min(1, 'This reset link is incomplete.'),
    password: newPassword,
    confirmPassword: z.string().min(1, 'Repeat your new password.'),
  })
  .refine((data) => data.password === data.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });

export type LoginInput = z.input<typeof loginSchema>;
export type RegisterFormInput = z.input<typeof registerSchema>;

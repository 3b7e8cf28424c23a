import * as z from 'zod/mini';

import {
  confirmation,
  email,
  newPassword,
  password,
  plainText,
  phone,
  requiredText,
} from './fields';

export const profileSchema = z.object({
  firstName: requiredText('first name'),
  lastName: requiredText('last name'),
  phone,
  // Present only where the backend keeps a company on the customer: absent leaves the stored
  // one as it is, empty clears it.
  companyName: z.pipe(
    z.optional(
      plainText(
        z
          .string()
          .check(z.trim(), z.maxLength(100, 'The company name can be at most 100 characters.')),
      ),
    ),
    z.transform((value: string | undefined) => (value === undefined ? undefined : value || null)),
  ),
  // Present only where the backend lets customers change their email.
  email: z.optional(email),
  // Needed only to change the email: a session alone must not be able to move the account.
  currentPassword: z.optional(z.string().check(z.maxLength(256, 'Use at most 256 characters.'))),
});

export const changePasswordSchema = z
  .object({
    currentPassword: password('Enter your current password.'),
    newPassword,
    confirmPassword: confirmation,
  })
  .check(
    z.refine((data) => data.newPassword === data.confirmPassword, {
      path: ['confirmPassword'],
      message: 'The two passwords do not match.',
    }),
    z.refine((data) => data.newPassword !== data.currentPassword, {
      path: ['newPassword'],
      message: 'Choose a password different from your current one.',
    }),
  );

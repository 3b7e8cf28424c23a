import { z } from 'zod';

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
  companyName: plainText(
    z.string().trim().max(100, 'The company name can be at most 100 characters.'),
  )
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
  // Present only where the backend lets customers change their email.
  email: email.optional(),
  // Needed only to change the email: a session alone must not be able to move the account.
  currentPassword: z.string().max(256, 'Use at most 256 characters.').optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: password('Enter your current password.'),
    newPassword,
    confirmPassword: confirmation,
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  })
  .refine((data) => data.newPassword !== data.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from your current one.',
  });

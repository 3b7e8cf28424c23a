import { z } from 'zod';

import { confirmation, email, newPassword, password, phone, requiredText } from './fields';

export const profileSchema = z.object({
  firstName: requiredText('first name'),
  lastName: requiredText('last name'),
  phone,
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

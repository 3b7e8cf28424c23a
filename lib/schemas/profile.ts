import * as z from 'zod/mini';

import { messageRef } from '../i18n/message';

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
  firstName: requiredText('firstName'),
  lastName: requiredText('lastName'),
  phone,
  // Present only where the backend keeps a company on the customer: absent leaves the stored
  // one as it is, empty clears it.
  companyName: z.pipe(
    z.optional(
      plainText(
        z
          .string()
          .check(
            z.trim(),
            z.maxLength(100, messageRef('validation.companyName.tooLong', { max: 100 })),
          ),
      ),
    ),
    z.transform((value: string | undefined) => (value === undefined ? undefined : value || null)),
  ),
  // Present only where the backend lets customers change their email.
  email: z.optional(email),
  // Needed only to change the email: a session alone must not be able to move the account.
  currentPassword: z.optional(
    z.string().check(z.maxLength(256, messageRef('validation.useAtMost', { max: 256 }))),
  ),
});

export const changePasswordSchema = z
  .object({
    currentPassword: password('validation.currentPassword.required'),
    newPassword,
    confirmPassword: confirmation,
  })
  .check(
    z.refine((data) => data.newPassword === data.confirmPassword, {
      path: ['confirmPassword'],
      message: 'validation.confirmPassword.mismatch',
    }),
    z.refine((data) => data.newPassword !== data.currentPassword, {
      path: ['newPassword'],
      message: 'validation.newPassword.sameAsCurrent',
    }),
  );

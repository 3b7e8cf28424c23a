import type { AbstractIntlMessages } from 'next-intl';

/**
 * The catalogue namespaces client components translate with (`useTranslations` in a
 * 'use client' file): only these are sent to the browser, with every page (app/layout.tsx).
 * Server components, actions and route handlers read the whole catalogue on the server.
 */
export const CLIENT_NAMESPACES = [
  'errors',
  'validation',
  'passwordRules',
  'form',
  'loginForm',
  'registerForm',
  'forgotPasswordForm',
  'resetPasswordForm',
  'newPasswordFields',
  'authenticatorCodeField',
  'secondStepForm',
  'addressForm',
  'accountError',
  'submitButton',
  'returnForm',
  'guestOrder',
  'guestOrderForm',
  'profileForm',
  'changePasswordForm',
  'profileActions',
  'profilePhoto',
  'profilePhotoForm',
  'twoStepForms',
  'twoStepActions',
  's, the rows',
  'ordersBrowser',
  'orderTable',
  'orderProgress',
  'pagination',
] as const;

/** The part of a catalogue the browser gets. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(
    CLIENT_NAMESPACES.filter((namespace) => namespace in messages).map((namespace) => [
      namespace,
      messages[namespace]!,
    ]),
  );
}

import type { AbstractIntlMessages } from 'next-intl';

// The catalogue namespaces the browser gets. Client components (and the server components
// they render) translate in the browser, so their messages travel with the page; nothing else
// does. Server components, actions and route handlers read the whole catalogue on the server.
// The root layout sends `EVERY_PAGE`; a page with client components wraps them in
// `<ClientMessages of="…">` (components/client-messages.tsx) with its own list below.

/** Every page: the buttons of the layout's forms, and the account area's error page. */
export const EVERY_PAGE = ['submitButton', 'accountError'] as const;

/** Any form: its error summary and field words, the failure copy, the rules' messages. */
const FORM = ['form', 'errors', 'validation'] as const;
const NEW_PASSWORD = ['newPasswordFields', 'passwordRules'] as const;
const TWO_STEP = ['twoStepForms', 'twoStepActions', 'authenticatorCodeField'] as const;

/** What each page's client components translate with, besides `EVERY_PAGE`. */
export const PAGE_MESSAGES = {
  login: [...FORM, 'loginForm'],
  register: [...FORM, 'registerForm', 'passwordRules'],
  forgotPassword: [...FORM, 'forgotPasswordForm'],
  resetPassword: [...FORM, 'resetPasswordForm', 'forgotPasswordForm', ...NEW_PASSWORD],
  secondStep: [...FORM, 'secondStepForm', 'authenticatorCodeField'],
  profile: [
    ...FORM,
    'profileForm',
    'profileActions',
    'changePasswordForm',
    ...NEW_PASSWORD,
    'profilePhoto',
    'profilePhotoForm',
    ...TWO_STEP,
  ],
  twoStep: [...FORM, ...TWO_STEP],
  address: [...FORM, 'addressForm'],
  orders: ['errors', 'ordersBrowser', 'orderTable', 'orderProgress', 'pagination'],
  returnForm: [...FORM, 'returnForm'],
  guestOrder: [...FORM, 'guestOrder', 'guestOrderForm'],
} as const satisfies Record<string, readonly string[]>;

export type ClientPage = keyof typeof PAGE_MESSAGES;

/** The part of a catalogue in `namespaces`, for the browser. */
export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  return Object.fromEntries(
    namespaces
      .filter((namespace) => namespace in messages)
      .map((namespace) => [namespace, messages[namespace]!]),
  );
}

import { expect, test, type BrowserContext, type Page } from '@playwright/test';

import { STOREFRONT_SESSION_COOKIE, type BackendInfo } from './backends';
import { linkPath, waitForResetMail, type ResetMail } from './outbox';
import { sealedSessionCookie } from './session-cookie';

// What the browser suites share: the steps a shopper takes in the storefront (signing in and
// out, the forms), the storefront cookie put into a browser, and emails no run has used.

export type Credentials = { email: string; password: string };

let counter = 0;

/** A unique, valid email for a customer that exists only for one test. */
export function uniqueEmail(label = 'shopper'): string {
  counter += 1;
  return `e2e-${label}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

/** The storefront the running project tests, as an absolute URL. */
export const baseURL = () => test.info().project.use.baseURL!;

/** A field's own error message, shown next to it (the error summary repeats it as a link). */
export function fieldError(page: Page, message: string) {
  return page.getByRole('alert').filter({ hasText: message });
}

/** The summary at the top of a form after a failed submit. */
export function errorSummary(page: Page, heading = 'There is a problem') {
  return page.getByRole('group', { name: heading });
}

/** Signs in with the sign-in form in `page`, as a shopper would, and waits for the overview. */
export async function signInThroughForm(page: Page, credentials: Credentials) {
  await page.goto('/account/login');
  await signInHere(page, credentials);
  await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
}

/** Types the email and password into the sign-in form already open in `page`. */
export async function fillSignIn(page: Page, { email, password }: Credentials) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
}

/** Fills and sends the sign-in form already open in `page` (where it leads is the caller's). */
export async function signInHere(page: Page, credentials: Credentials) {
  await fillSignIn(page, credentials);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Expects `page` on sign-in after a session ran out: the expired notice, and `path` (where the
 * shopper was going) kept as the return address.
 */
export async function expectSessionExpiredOn(page: Page, path: string) {
  await expect(page).toHaveURL(
    new RegExp(`/account/login\\?returnTo=${encodeURIComponent(path)}&notice=expired$`),
  );
  await expect(page.getByText('Your session has expired. Please sign in again.')).toBeVisible();
}

/** Fills and sends the registration form already open in `page`. */
export async function registerHere(
  page: Page,
  fields: Credentials & { firstName: string; lastName: string; phone?: string },
) {
  await page.getByLabel('First name').fill(fields.firstName);
  await page.getByLabel('Last name').fill(fields.lastName);
  await page.getByLabel('Email').fill(fields.email);
  if (fields.phone !== undefined) await page.getByLabel('Phone (optional)').fill(fields.phone);
  await page.getByLabel('Password').fill(fields.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Types the new password (and its repeat, the same unless given) and sends the reset form. */
export async function setNewPassword(page: Page, password: string, repeat = password) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat new password').fill(repeat);
  await page.getByRole('button', { name: 'Set new password' }).click();
}

/** Sends the profile's change-password form with the current password given and a new one. */
export async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Repeat new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
}

/**
 * Signs out with the navigation's button and waits until the sign-out has landed: a page
 * opened sooner may still carry the session cookie (and a sign-in page would then send the
 * shopper on to the account).
 */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/account\/login\?notice=signed-out$/);
}

/** Submits the sign-in form in `page` and waits for the server action's answer. */
export async function submitSignIn(page: Page) {
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/**
 * Signs in with wrong passwords `count` times from the sign-in page, each one refused.
 * `origin` picks another storefront instance than the project's.
 */
export async function failSignIns(page: Page, email: string, count: number, origin = '') {
  await page.goto(`${origin}/account/login`);
  for (let attempt = 1; attempt <= count; attempt += 1) {
    await fillSignIn(page, { email, password: `wrong-guess-${attempt}` });
    await submitSignIn(page);
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
    // The form clears the password once it has applied the answer: only then type again.
    await expect(page.getByLabel('Password')).toHaveValue('');
  }
}

/** Asks for a reset link with the forgot-password form in `page` and waits for the mail. */
export async function requestResetMail(
  page: Page,
  backend: BackendInfo,
  email: string,
): Promise<ResetMail> {
  const since = new Date(Date.now() - 1000);
  await page.goto('/account/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(/If an account exists/)).toBeVisible();
  return waitForResetMail(backend.outboxFile, email, since);
}

/** Asks for a reset link for `email` (as `requestResetMail` does) and follows it in `page`. */
export async function followResetLink(
  page: Page,
  backend: BackendInfo,
  email: string,
): Promise<ResetMail> {
  const mail = await requestResetMail(page, backend, email);
  await page.goto(linkPath(mail));
  return mail;
}

/**
 * Puts a storefront session cookie into a browser context, as the storefront would have set
 * it (`__Host-`: Secure, host-only, Path=/). `value` is a raw cookie value, or a backend
 * session to seal, signed in and last used at the instants given (now by default).
 */
export async function setSessionCookie(
  context: BrowserContext,
  baseURL: string,
  value: { raw: string } | { backendSession: string; signedInAt?: number; seenAt?: number },
) {
  await context.addCookies([
    {
      name: STOREFRONT_SESSION_COOKIE,
      value:
        'raw' in value
          ? value.raw
          : sealedSessionCookie(value.backendSession, value.signedInAt, value.seenAt),
      // Host-only: CDP makes a cookie with a dot-less domain host-only, as `__Host-` demands.
      domain: new URL(baseURL).hostname,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
}

/** Fills the address form by its labels, as a shopper would. */
export async function fillAddressForm(
  page: Page,
  address: {
    address1: string;
    city: string;
    postalCode: string;
    country: string;
    company?: string;
  },
) {
  await page.getByLabel('Street address').fill(address.address1);
  if (address.company !== undefined) await page.getByLabel('Company').fill(address.company);
  await page.getByLabel('City').fill(address.city);
  await page.getByLabel('Postal code').fill(address.postalCode);
  await page.getByLabel('Country').selectOption({ label: address.country });
}

/** Fills the address form (as `fillAddressForm` does) and presses "Save address". */
export async function saveAddressForm(page: Page, address: Parameters<typeof fillAddressForm>[1]) {
  await fillAddressForm(page, address);
  await page.getByRole('button', { name: 'Save address' }).click();
}

/** A row of an order page's items table: a line by its title, or a total ("Refunded"). */
export function orderItemRow(page: Page, title: string) {
  return page.getByRole('region', { name: 'Items' }).getByRole('row', { name: new RegExp(title) });
}

/** The status of this order's row in the list saying a return is under way, where displayed. */
export function returnUnderWay(page: Page, displayId: number) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `Order #${displayId}`, exact: true }) })
    .getByText(/^\w[\w ]*, return under way$/)
    .filter({ visible: true });
}

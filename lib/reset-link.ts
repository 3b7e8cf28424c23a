// The password-reset link's token and email travel from the emailed URL into a short-lived
// httpOnly cookie scoped to the reset page (set by proxy.ts on the first load, which then
// redirects to the clean URL), so the token never sits in history, logs or a Referer.
// Kept free of server-only imports: the proxy writes it, the page and action read it.

export const RESET_LINK_PATH = '/account/reset-password';
/** Reset tokens live 15 minutes at the backend; the cookie need not outlive them. */
export const RESET_LINK_MAX_AGE_SECONDS = 15 * 60;

export type ResetLink = { token: string; email: string };

/** `__Secure-` where the session cookie is Secure (a `__Host-` cookie cannot be path-scoped). */
export function resetLinkCookieName(secure: boolean): string {
  return secure ? '__Secure-account_reset_link' : 'account_reset_link';
}

export function encodeResetLink(link: ResetLink): string {
  return new URLSearchParams(link).toString();
}

export function decodeResetLink(value: string | undefined): ResetLink | null {
  if (!value) return null;
  const params = new URLSearchParams(value);
  const token = params.get('token');
  const email = params.get('email');
  return token && email ? { token, email } : null;
}

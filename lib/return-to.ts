export const DEFAULT_RETURN_TO = '/account';

const AUTH_PAGES = ['/account/login', '/account/register', '/account/session-expired'];
const BASE = 'http://storefront.invalid';

/** Control characters and backslashes: browsers drop or rewrite them while parsing a URL. */
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;

/**
 * A path a browser resolves on this origin, whatever page it is resolved from: one slash
 * then something other than a slash or backslash (`//host` and `/\host` name another host).
 */
function isOwnOriginPath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || UNSAFE_CHARACTERS.test(path)) return false;
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

/**
 * Accepts only a same-origin path ("/account/orders?page=2") and returns it normalised;
 * anything else (absolute or protocol-relative URLs, backslashes, control characters,
 * the sign-in pages themselves) falls back to /account.
 *
 * The check runs on the input and again on the normalised output: normalising can itself
 * produce a protocol-relative path (`/.//evil.example` collapses to `//evil.example`).
 */
export function sanitizeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048)
    return DEFAULT_RETURN_TO;
  if (!isOwnOriginPath(value)) return DEFAULT_RETURN_TO;
  const url = new URL(value, BASE);
  if (AUTH_PAGES.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) {
    return DEFAULT_RETURN_TO;
  }
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  return isOwnOriginPath(normalised) ? normalised : DEFAULT_RETURN_TO;
}

/** What the sign-in page can tell a visitor on arrival (`?notice=`); its copy is on that page. */
export const LOGIN_NOTICES = [
  'expired',
  'signed-out',
  'signed-out-everywhere',
  'password-reset',
  'second-step-expired',
] as const;
export type LoginNotice = (typeof LOGIN_NOTICES)[number];

export function isLoginNotice(value: unknown): value is LoginNotice {
  return (LOGIN_NOTICES as readonly unknown[]).includes(value);
}

/** The sign-in page with a notice and nowhere particular to return to. */
export function loginNoticeUrl(notice: LoginNotice): string {
  return `/account/login?notice=${notice}`;
}

export function loginUrl(returnTo: string, notice?: LoginNotice): string {
  const params = new URLSearchParams({ returnTo: sanitizeReturnTo(returnTo) });
  if (notice) params.set('notice', notice);
  return `/account/login?${params.toString()}`;
}

/**
 * The page a form on every page (the language switcher) comes back to: any same-origin path,
 * the sign-in pages included, normalised; anything else is /account.
 */
export function sanitizeSamePage(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048)
    return DEFAULT_RETURN_TO;
  if (!isOwnOriginPath(value)) return DEFAULT_RETURN_TO;
  const url = new URL(value, BASE);
  const normalised = `${url.pathname}${url.search}`;
  return isOwnOriginPath(normalised) ? normalised : DEFAULT_RETURN_TO;
}

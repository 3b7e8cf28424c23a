export const DEFAULT_RETURN_TO = '/account';

const AUTH_PAGES = ['/account/login', '/account/register', '/account/session-expired'];

/**
 * Accepts only a same-origin path ("/account/orders?page=2") and returns it normalised;
 * anything else (absolute or protocol-relative URLs, backslashes, control characters,
 * the sign-in pages themselves) falls back to /account.
 */
export function sanitizeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048)
    return DEFAULT_RETURN_TO;
  if (!value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return DEFAULT_RETURN_TO;
  if (value.startsWith('//')) return DEFAULT_RETURN_TO;
  const base = 'http://storefront.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (url.origin !== base) return DEFAULT_RETURN_TO;
  if (AUTH_PAGES.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) {
    return DEFAULT_RETURN_TO;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

export function loginUrl(returnTo: string, notice?: 'expired'): string {
  const params = new URLSearchParams({ returnTo: sanitizeReturnTo(returnTo) });
  if (notice) params.set('notice', notice);
  return `/account/login?${params.toString()}`;
}

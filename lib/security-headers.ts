// The browser defences sent with every page and API response, set per request by proxy.ts
// (the CSP carries a fresh nonce each time). Kept free of server-only imports so the proxy
// and the unit tests can use it.

/** A fresh nonce for one response's inline scripts (Next adds it to its own). */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next loads from a nonced script are trusted, nothing else.
    // Next's development server evaluates modules with eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Tailwind compiles to one stylesheet; no inline style attributes are allowed.
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** What the app never uses: the browser refuses it to any script on the page. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** Pages whose URL or form must never leak through a Referer header. */
const NO_REFERRER_PAGES = ['/account/reset-password'];

export function securityHeaders(
  pathname: string,
  { nonce, production }: { nonce: string; production: boolean },
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, { dev: !production }),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': NO_REFERRER_PAGES.includes(pathname)
      ? 'no-referrer'
      : 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Browsers honour HSTS only over https, so a local http run is not affected.
    ...(production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

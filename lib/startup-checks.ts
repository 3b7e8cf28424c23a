import 'server-only';

import { IdentityConfigError, readIdentityApps } from './identity/apps';
import { parseSigningJwks, signingKeysSource } from './identity/keys';
import { readBackendConfig } from './medusa';
import { readRateLimitConfig, readTrustedProxyHops } from './rate-limit';
import { sessionLifetime } from './session-cookie';
import { sessionSecrets } from './session-secret';

/**
 * Every setting the server reads, checked once at start: a deployment mistake stops the
 * server with one clear line instead of surfacing as a 500 on a shopper's first request.
 */
export function checkSettingsOrExit(): void {
  try {
    readBackendConfig();
    readRateLimitConfig();
    readTrustedProxyHops(process.env);
    sessionSecrets();
    sessionLifetime();
    checkIdentitySettings();
  } catch (error) {
    console.error(`The storefront cannot start: ${error instanceof Error ? error.message : error}`);
    // Next would log this and serve 500s; a stopped server is the clearer signal.
    process.exit(1);
  }
}

/** Registered apps need keys to sign with; production never makes its own. */
function checkIdentitySettings(env: Record<string, string | undefined> = process.env) {
  const apps = readIdentityApps(env);
  if (env.IDENTITY_SIGNING_KEYS || env.IDENTITY_SIGNING_KEYS_FILE) {
    const keys = signingKeysSource(env)!;
    parseSigningJwks(keys.text, keys.source);
  } else if (apps.length > 0 && env.NODE_ENV === 'production') {
    throw new IdentityConfigError(
      'IDENTITY_APPS registers apps but there is no IDENTITY_SIGNING_KEYS (or IDENTITY_SIGNING_KEYS_FILE) to sign their tokens with',
    );
  }
}

import 'server-only';

import { IdentityConfigError, readIdentityApps } from './identity/apps';
import { parseSigningJwks, signingKeysSource } from './identity/keys';
import { readBackendConfig } from './medusa';
import { readRateLimitConfig, readTrustedProxyHops } from './rate-limit';
import { usesDevelopmentDefaults } from './run-mode';
import { sessionSecret } from './session';
import { SettingError } from './settings';

type Env = Record<string, string | undefined>;

/**
 * Every setting the server reads, checked once at start: a deployment mistake stops the
 * server with one clear line instead of surfacing as a 500 on a shopper's first request.
 */
export function checkSettingsOrExit(): void {
  try {
    readBackendConfig();
    readRateLimitConfig();
    readTrustedProxyHops(process.env);
    checkSessionSecret();
    checkIdentitySettings();
  } catch (error) {
    console.error(`The storefront cannot start: ${error instanceof Error ? error.message : error}`);
    // Next would log this and serve 500s; a stopped server is the clearer signal.
    process.exit(1);
  }
}

/** Only `next dev` and the tests may sign sessions with the development secret. */
function checkSessionSecret(env: Env = process.env) {
  if (!usesDevelopmentDefaults(env) && (env.SESSION_SECRET ?? '').length < 32) {
    throw new SettingError(
      'SESSION_SECRET must be set to at least 32 characters (only next dev and the tests have a default)',
    );
  }
  sessionSecret(env);
}

/** Registered apps need keys to sign with; a store's server never makes its own. */
function checkIdentitySettings(env: Env = process.env) {
  const apps = readIdentityApps(env);
  if (env.IDENTITY_SIGNING_KEYS || env.IDENTITY_SIGNING_KEYS_FILE) {
    const keys = signingKeysSource(env)!;
    parseSigningJwks(keys.text, keys.source);
  } else if (apps.length > 0 && !usesDevelopmentDefaults(env)) {
    throw new IdentityConfigError(
      'IDENTITY_APPS registers apps but there is no IDENTITY_SIGNING_KEYS (or IDENTITY_SIGNING_KEYS_FILE) to sign their tokens with',
    );
  }
}

import 'server-only';

import { DEV_IDENTITY_KEY_THUMBPRINTS, DEV_SECRET_VALUES } from './dev-secrets';
import { readLanguageSettings } from './i18n/settings';
import { IdentityConfigError, readIdentityApps } from './identity/apps';
import { jwkThumbprint, parseSigningJwks, signingKeysSource } from './identity/keys';
import { readBackendConfig } from './medusa';
import { readRateLimitConfig, readTrustedProxyHops } from './rate-limit';
import { usesDevelopmentDefaults } from './run-mode';
import { sessionLifetime } from './session-cookie';
import { sessionSecrets } from './session-secret';
import { readSetting, SettingError } from './settings';

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
    sessionSecrets();
    sessionLifetime();
    readLanguageSettings();
    checkIdentitySettings();
    refuseDevSecrets();
  } catch (error) {
    console.error(`The storefront cannot start: ${error instanceof Error ? error.message : error}`);
    // Next would log this and serve 500s; a stopped server is the clearer signal.
    process.exit(1);
  }
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

const DEV_SECRET_HINT =
  'set one of your own (ALLOW_DEV_SECRETS=true allows it for a demo or a test run only)';

/**
 * The secrets this repository ships (lib/dev-secrets.ts) are public, so a store's server
 * refuses each by its value, in whichever secret setting it turns up: a demo's or the QA
 * stack's settings copied into production would otherwise let anyone forge sessions, order
 * events or identity tokens, or use the dev admin token. The message names the setting, never
 * the value. The demo, the suites and the Docker QA stack set ALLOW_DEV_SECRETS=true.
 */
function refuseDevSecrets(env: Env = process.env) {
  if (usesDevelopmentDefaults(env) || env.ALLOW_DEV_SECRETS === 'true') return;
  const settings = [
    // SESSION_SECRET has no _FILE variant; each of its keys opens sessions.
    ...sessionSecrets(env).map((text) => ({ text, source: 'SESSION_SECRET' })),
    readSetting(env, 'ORDER_EVENTS_SECRET'),
    readSetting(env, 'MEDUSA_ADMIN_API_KEY'),
  ];
  for (const setting of settings) {
    if (setting && DEV_SECRET_VALUES.has(setting.text.trim())) {
      throw new SettingError(
        `${setting.source} is a development-only secret published with this repository: ${DEV_SECRET_HINT}`,
      );
    }
  }
  const keys = signingKeysSource(env);
  if (!keys) return;
  // Retired keys too: the JWKS publishes them, so a token signed with one still verifies.
  parseSigningJwks(keys.text, keys.source).forEach((jwk, at) => {
    if (DEV_IDENTITY_KEY_THUMBPRINTS.includes(jwkThumbprint(jwk))) {
      throw new IdentityConfigError(
        `${keys.source}: key ${at} is a development-only key published with this repository: ${DEV_SECRET_HINT}`,
      );
    }
  });
}

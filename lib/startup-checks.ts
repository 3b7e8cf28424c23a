import 'server-only';

import { readBackendConfig } from './medusa';
import { readRateLimitConfig, readTrustedProxyHops } from './rate-limit';
import { sessionSecret } from './session';

/**
 * Every setting the server reads, checked once at start: a deployment mistake stops the
 * server with one clear line instead of surfacing as a 500 on a shopper's first request.
 */
export function checkSettingsOrExit(): void {
  try {
    readBackendConfig();
    readRateLimitConfig();
    readTrustedProxyHops(process.env);
    sessionSecret();
  } catch (error) {
    console.error(`The storefront cannot start: ${error instanceof Error ? error.message : error}`);
    // Next would log this and serve 500s; a stopped server is the clearer signal.
    process.exit(1);
  }
}

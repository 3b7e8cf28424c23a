// The keys every sealed cookie is sealed with, read from SESSION_SECRET. Free of server-only
// imports: proxy.ts opens the session cookie too.

import { DEV_SESSION_SECRET } from './dev-secrets';
import { usesDevelopmentDefaults } from './run-mode';

const MIN_LENGTH = 32;

type Env = Record<string, string | undefined>;

/**
 * The session keys, newest first: `SESSION_SECRET` is one key or several separated by commas.
 * The first seals; the others still open what they sealed, so a key can be rotated without
 * signing everyone out (put the new key first, drop the old one once its cookies have expired).
 */
export function sessionSecrets(env: Env = process.env): string[] {
  const keys = (env.SESSION_SECRET ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  if (keys.length === 0) {
    if (!usesDevelopmentDefaults(env)) {
      throw new Error(
        'SESSION_SECRET must be set to at least 32 characters (only next dev and the tests have a default)',
      );
    }
    return [DEV_SESSION_SECRET];
  }
  const short = keys.findIndex((key) => key.length < MIN_LENGTH);
  if (short !== -1) {
    throw new Error(
      `SESSION_SECRET: key ${short + 1} of ${keys.length} is shorter than ${MIN_LENGTH} characters`,
    );
  }
  return keys;
}

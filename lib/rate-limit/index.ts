import 'server-only';

// The account pages' abuse limits. A server action uses them like this (sign-in shown; the
// protocol for every action is described on `Limits` in limits.ts):
//
//   const keys = { ip: clientIp(await headers()), email: parsed.data.email };
//   const verdict = await limits.check('signIn', keys);
//   if (!verdict.allowed) {
//     console.warn(blockedLogLine('signIn', keys, verdict));
//     return { status: 'error', formError: tooManyAttemptsMessage(verdict.retryAfterSeconds) };
//   }
//   try { ...sign in...; await limits.reset('signIn', keys); }
//   catch (error) { if (wrong password) await limits.record('signIn', keys); ... }

import { readRateLimitConfig } from './config';
import { createLimits, type Limits } from './limits';
import { readRedisUrl, sharedRedis } from './redis-client';

export {
  LIMIT_ENV_NAMES,
  LIMITED_ACTIONS,
  RateLimitConfigError,
  readRateLimitConfig,
  type LimitedAction,
  type LimitRule,
  type RateLimitConfig,
} from './config';
export { clientIp, PEER_HEADER, readTrustedProxyHops } from './client-ip';
export { normalizeEmail, UNKNOWN_IP, type LimitKeys } from './keys';
export { createLimits, type Limits, type LimitVerdict } from './limits';
export { blockedLogLine, tooManyAttemptsMessage } from './message';

/** Limits as the environment configures them: in Redis when REDIS_URL is set, else in memory. */
export function createLimitsFromEnv(env: Record<string, string | undefined> = process.env): Limits {
  const config = readRateLimitConfig(env);
  const redisUrl = readRedisUrl(env);
  return createLimits(config, redisUrl ? { redis: sharedRedis(redisUrl) } : {});
}

// On globalThis: the in-memory counts must be one per process even if Next loads this module
// into more than one bundle, or each bundle would allow its own full quota.
const PROCESS_LIMITS = Symbol.for('medusa-account-storefront.rate-limit.limits');
type Holder = { [PROCESS_LIMITS]?: Limits };

/**
 * The process's limits, configured from process.env on first use: a malformed RATE_LIMIT_*
 * or REDIS_URL rejects the first call with RateLimitConfigError, a deployment mistake that
 * should fail loudly rather than run unlimited.
 */
export const limits: Limits = {
  check: async (action, keys) => processLimits().check(action, keys),
  record: async (action, keys) => processLimits().record(action, keys),
  reset: async (action, keys) => processLimits().reset(action, keys),
};

function processLimits(): Limits {
  const holder = globalThis as Holder;
  return (holder[PROCESS_LIMITS] ??= createLimitsFromEnv());
}

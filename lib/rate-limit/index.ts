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

import { headers } from 'next/headers';

import { clientIp } from './client-ip';
import { readRateLimitConfig, type LimitedAction } from './config';
import type { LimitKeys } from './keys';
import { blockedLogLine, tooManyAttemptsMessage } from './message';
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

/** The keys an action is counted under: this request's client IP plus what the action names. */
export async function limitKeys(
  extra: { email?: string | null; customerId?: string | null; session?: string | null } = {},
): Promise<LimitKeys> {
  return { ip: clientIp(await headers()), ...extra };
}

/**
 * The message for a shopper who has used up an action's attempts (the block is logged), or
 * null to go ahead. Nothing is counted here: the action records what reached the backend.
 */
export async function refusal(action: LimitedAction, keys: LimitKeys): Promise<string | null> {
  const verdict = await limits.check(action, keys);
  if (verdict.allowed) return null;
  console.warn(blockedLogLine(action, keys, verdict));
  return tooManyAttemptsMessage(verdict.retryAfterSeconds);
}

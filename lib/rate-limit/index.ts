import 'server-only';

// The account pages' abuse limits. A server action uses them like this (sign-in shown; the
// protocol for every action is described on `Limits` in limits.ts):
//
//   const keys = await limitKeys({ email: parsed.data.email });
//   const tooMany = await takeAttempt('signIn', keys);     // counted before Medusa is asked
//   if (tooMany) return { status: 'error', formError: tooMany };
//   try { ...sign in...; await limits.succeeded('signIn', keys); }
//   catch (error) { if (not a wrong password) await limits.giveBack('signIn', keys); ... }

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
  take: async (action, keys) => processLimits().take(action, keys),
  peek: async (action, keys) => processLimits().peek(action, keys),
  giveBack: async (action, keys) => processLimits().giveBack(action, keys),
  succeeded: async (action, keys) => processLimits().succeeded(action, keys),
};

function processLimits(): Limits {
  const holder = globalThis as Holder;
  return (holder[PROCESS_LIMITS] ??= createLimitsFromEnv());
}

/** The keys an action is counted under: this request's client IP plus what the action names. */
export async function limitKeys(extra: Omit<LimitKeys, 'ip'> = {}): Promise<LimitKeys> {
  return { ip: clientIp(await headers()), ...extra };
}

/**
 * Counts this attempt before the backend is asked, and answers the message for a shopper who
 * has used up the action's attempts (the block is logged, nothing is counted), or null to go
 * ahead. A sign-in that then succeeds, or that the backend could not judge, hands its point
 * back (`limits.succeeded`, `limits.giveBack`).
 */
export async function takeAttempt(action: LimitedAction, keys: LimitKeys): Promise<string | null> {
  const verdict = await limits.take(action, keys);
  if (verdict.allowed) return null;
  console.warn(blockedLogLine(action, keys, verdict));
  return tooManyAttemptsMessage(verdict.retryAfterSeconds);
}

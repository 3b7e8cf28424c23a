import 'server-only';

import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import type { LimitedAction, LimitRule, RateLimitConfig } from './config';
import { limitKey, UNKNOWN_IP, type LimitKeys } from './keys';
import type { SharedRedis } from './redis-client';

export type LimitVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** Until the longest of the exhausted limits lets the next attempt through. */
      retryAfterSeconds: number;
      /** The rule that blocked, e.g. `sign-in:email-ip`, for the log. */
      limit: string;
    };

/**
 * The protocol, the same for every action:
 *
 *   const verdict = await limits.check(action, keys);  // counts nothing
 *   if (!verdict.allowed) -> show tooManyAttemptsMessage, log blockedLogLine, no backend call
 *   ...call the backend...
 *   await limits.record(action, keys);                 // one point on every applicable limit
 *
 * Sign-in records only failures (a shopper who gets in has not been guessing) and calls
 * `reset` after a success, which clears the email+address count. Every other action records
 * each attempt that reached the backend, because each one sends mail or probes an account
 * whatever its outcome.
 *
 * Checking before and counting after (rather than one consume up front) means a blocked
 * attempt costs nothing and cannot extend its own lockout. Parallel attempts can overshoot a
 * limit by the number in flight, which is fine for abuse limits.
 *
 * A store failure never reaches the caller: when neither Redis nor the in-memory insurance
 * answers, the attempt is let through and the failure logged, because a storefront that
 * refuses every sign-in is worse than one that briefly stops counting.
 */
export type Limits = {
  check(action: LimitedAction, keys: LimitKeys): Promise<LimitVerdict>;
  record(action: LimitedAction, keys: LimitKeys): Promise<void>;
  reset(action: LimitedAction, keys: LimitKeys): Promise<void>;
};

type Limiter = {
  rule: LimitRule;
  store: RateLimiterAbstract;
  /** Redis only: the per-process fallback, which `reset` clears too. */
  insurance?: RateLimiterMemory;
};

function createLimiter(rule: LimitRule, redis: SharedRedis | undefined): Limiter {
  const options = {
    keyPrefix: `rl:${rule.name}`,
    points: rule.points,
    duration: rule.durationSeconds,
  };
  if (!redis) return { rule, store: new RateLimiterMemory(options) };

  // The insurance takes over every call (consume, get, delete, block) that fails on Redis:
  // while Redis is away each process counts on its own, so the effective limit is per process.
  const insurance = new RateLimiterMemory(options);
  const store = new RateLimiterRedis({
    ...options,
    storeClient: redis.client,
    insuranceLimiter: insurance,
    // Straight to the insurance while reconnecting, rather than trying a dead socket.
    rejectIfRedisNotReady: true,
  });
  return { rule, store, insurance };
}

const secondsUntil = (res: RateLimiterRes, rule: LimitRule) =>
  // A key with no expiry (msBeforeNext -1) cannot come from these limiters; assume a full window.
  res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : rule.durationSeconds;

export type CreateLimitsOptions = {
  /** Count in Redis, shared by every process using it; in this process's memory without. */
  redis?: SharedRedis;
};

export function createLimits(config: RateLimitConfig, options: CreateLimitsOptions = {}): Limits {
  const limiters = Object.fromEntries(
    Object.entries(config).map(([action, rules]) => [
      action,
      rules.map((rule) => createLimiter(rule, options.redis)),
    ]),
  ) as Record<LimitedAction, Limiter[]>;

  let warnedUnknownIp = false;
  /** The limiters that count this attempt, each with its key. */
  function applicable(action: LimitedAction, keys: LimitKeys) {
    if (keys.ip === UNKNOWN_IP && !warnedUnknownIp) {
      warnedUnknownIp = true;
      console.warn(
        '[rate-limit] client address unknown: per-address limits are off. Run the storefront ' +
          'with server.mjs, or set TRUSTED_PROXY_HOPS behind a reverse proxy.',
      );
    }
    return limiters[action].flatMap((limiter) => {
      const key = limitKey(limiter.rule.scope, keys);
      return key === null ? [] : [{ ...limiter, key }];
    });
  }

  /** Runs a store call; a failure is logged and answered with `fallback`. */
  async function safely<T>(what: string, call: () => Promise<T>, fallback: T): Promise<T> {
    try {
      if (options.redis) await options.redis.ready;
      return await call();
    } catch (error) {
      // consume() rejects with a RateLimiterRes when the count passes the limit: not a failure.
      if (error instanceof RateLimiterRes) return fallback;
      console.error(`[rate-limit] ${what} failed; letting the attempt through:`, error);
      return fallback;
    }
  }

  return {
    async check(action, keys) {
      const exhausted = await Promise.all(
        applicable(action, keys).map(async ({ rule, store, key }) => {
          const res = await safely(`${rule.name} check`, () => store.get(key), null);
          return res && res.consumedPoints >= rule.points
            ? { retryAfterSeconds: secondsUntil(res, rule), limit: rule.name }
            : null;
        }),
      );
      const longest = exhausted
        .filter((blocked) => blocked !== null)
        .sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0];
      return longest ? { allowed: false, ...longest } : { allowed: true };
    },

    async record(action, keys) {
      await Promise.all(
        applicable(action, keys).map(({ rule, store, key }) =>
          safely(`${rule.name} record`, () => store.consume(key), null),
        ),
      );
    },

    async reset(action, keys) {
      await Promise.all(
        applicable(action, keys)
          .filter(({ rule }) => rule.clearedBySuccess)
          .flatMap(({ rule, store, insurance, key }) => [
            safely(`${rule.name} reset`, () => store.delete(key), false),
            // Redis answering the delete leaves the insurance's count from an earlier outage,
            // which would block this shopper again if Redis dropped out later in the window.
            ...(insurance
              ? [safely(`${rule.name} reset`, () => insurance.delete(key), false)]
              : []),
          ]),
      );
    },
  };
}

import 'server-only';

import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import {
  COUNTS_ONLY_FAILURES,
  type LimitedAction,
  type LimitRule,
  type RateLimitConfig,
} from './config';
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
 *   const verdict = await limits.take(action, keys);   // one point on every applicable limit
 *   if (!verdict.allowed) -> show tooManyAttemptsMessage, log blockedLogLine, no backend call
 *   ...call the backend...
 *   await limits.giveBack(action, keys);    // only when this attempt must not count
 *   await limits.succeeded(action, keys);   // or this, after a success
 *
 * The point is taken before the backend is asked, in one atomic step of the store (an
 * increment in Redis, a synchronous one in memory), so attempts sent at once cannot all pass
 * a count that none of them has raised yet: of N parallel attempts at a limit of five, five
 * reach the backend, whatever its answer time.
 *
 * A refused attempt gives back every point it took, so it costs nothing and cannot lengthen
 * a lockout. While it is in flight its point only makes others more likely to be refused,
 * never less: a count at rest is the number of attempts that counted.
 *
 * Sign-in counts only failures: a success gives its point back and clears the email+address
 * count (`succeeded`); an attempt the backend could not judge (it was down) gives its point
 * back (`giveBack`), because a backend outage must not lock anyone out. Every other action
 * counts each attempt let through, because each one sends mail or probes an account whatever
 * its outcome; `succeeded` then only clears the limits a success clears (none today).
 *
 * A store failure never reaches the caller: when neither Redis nor the in-memory insurance
 * answers, the attempt is let through and the failure logged, because a storefront that
 * refuses every sign-in is worse than one that briefly stops counting.
 */
export type Limits = {
  take(action: LimitedAction, keys: LimitKeys): Promise<LimitVerdict>;
  /**
   * What `take` would answer now, counting nothing. Never a gate before the backend: every
   * attempt sent at once passes it. For tests and diagnostics.
   */
  peek(action: LimitedAction, keys: LimitKeys): Promise<LimitVerdict>;
  giveBack(action: LimitedAction, keys: LimitKeys): Promise<void>;
  succeeded(action: LimitedAction, keys: LimitKeys): Promise<void>;
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

type Blocked = { retryAfterSeconds: number; limit: string };

/** Of the limits that block, the one that lets the next attempt through last. */
const longestWait = (blocked: (Blocked | null)[]): Blocked | undefined =>
  blocked
    .filter((entry) => entry !== null)
    .sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0];

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

  /** The limits among these whose count is used up, counting nothing. */
  async function exhaustedAmong(among: (Limiter & { key: string })[]) {
    return Promise.all(
      among.map(async ({ rule, store, key }) => {
        const res = await safely(`${rule.name} peek`, () => store.get(key), null);
        return res && res.consumedPoints >= rule.points
          ? { retryAfterSeconds: secondsUntil(res, rule), limit: rule.name }
          : null;
      }),
    );
  }

  /** One point back; a count that reaches below zero (its window ended meanwhile) is dropped. */
  async function giveBackOne({ rule, store, key }: Limiter & { key: string }) {
    const res = await safely(`${rule.name} give back`, () => store.reward(key), null);
    if (res && res.consumedPoints < 0) {
      await safely(`${rule.name} give back`, () => store.delete(key), false);
    }
  }

  /** Clears a count, in Redis and in the insurance alike. */
  async function clear({ rule, store, insurance, key }: Limiter & { key: string }) {
    await Promise.all([
      safely(`${rule.name} reset`, () => store.delete(key), false),
      // Redis answering the delete leaves the insurance's count from an earlier outage,
      // which would block this shopper again if Redis dropped out later in the window.
      ...(insurance ? [safely(`${rule.name} reset`, () => insurance.delete(key), false)] : []),
    ]);
  }

  return {
    async take(action, keys) {
      const limits = applicable(action, keys);
      const taken: (Limiter & { key: string })[] = [];
      // One limit after the other, in the table's order: an attempt refused by one never
      // touches the next, so a flood refused per email+address cannot, even while it is in
      // flight, fill the account's count across addresses and overstate the wait it is told.
      for (const [index, limiter] of limits.entries()) {
        const { rule, store, key } = limiter;
        try {
          if (options.redis) await options.redis.ready;
          await store.consume(key);
          taken.push(limiter);
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) {
            console.error(
              `[rate-limit] ${rule.name} take failed; letting the attempt through:`,
              error,
            );
            continue;
          }
          // consume() rejects with a RateLimiterRes when the count passes the limit. Refused:
          // every point it took is given back, on this limit as well, so that refusals never
          // add up to a lockout of their own.
          await Promise.all([...taken, limiter].map(giveBackOne));
          const later = await exhaustedAmong(limits.slice(index + 1));
          const blocked = { retryAfterSeconds: secondsUntil(error, rule), limit: rule.name };
          return { allowed: false, ...longestWait([blocked, ...later])! };
        }
      }
      return { allowed: true };
    },

    async peek(action, keys) {
      const longest = longestWait(await exhaustedAmong(applicable(action, keys)));
      return longest ? { allowed: false, ...longest } : { allowed: true };
    },

    async giveBack(action, keys) {
      await Promise.all(applicable(action, keys).map(giveBackOne));
    },

    async succeeded(action, keys) {
      await Promise.all(
        applicable(action, keys).map((limiter) =>
          limiter.rule.clearedBySuccess
            ? clear(limiter)
            : COUNTS_ONLY_FAILURES.has(action)
              ? giveBackOne(limiter)
              : undefined,
        ),
      );
    },
  };
}

import 'server-only';

import { Redis, type RedisOptions } from 'ioredis';

import { RateLimitConfigError } from './config';

/**
 * Tuned so that a missing or stalled Redis costs a request milliseconds, not seconds: every
 * command either gets an answer quickly or fails, and rate-limiter-flexible then asks the
 * in-memory insurance limiter instead.
 */
export const REDIS_OPTIONS: RedisOptions = {
  // rate-limiter-flexible's advice: commands fail at once while disconnected instead of
  // waiting in a queue for a Redis that may not come back soon.
  enableOfflineQueue: false,
  // Connect on first use, not at import time (next build imports server modules too).
  lazyConnect: true,
  connectTimeout: 1_000,
  // A Redis that accepts the connection but stops answering must not hold a sign-in.
  commandTimeout: 500,
  // Commands in flight when the connection drops fail at once and go to the insurance...
  maxRetriesPerRequest: 0,
  // ...and are not replayed on reconnect, which would count them a second time in Redis.
  autoResendUnfulfilledCommands: false,
  // Keep trying for as long as the process lives, at most every 2 s, so the limits return to
  // Redis on their own when it comes back.
  retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
};

export type SharedRedis = {
  client: Redis;
  /** Settles once the first connection attempt has: until then every command would fail. */
  ready: Promise<void>;
};

/** Kept on globalThis because Next may evaluate this module more than once per process. */
const CLIENTS = Symbol.for('medusa-account-storefront.rate-limit.redis-clients');
type Holder = { [CLIENTS]?: Map<string, SharedRedis> };

/** REDIS_URL, checked, or null when unset (the limits then live in memory). */
export function readRedisUrl(env: Record<string, string | undefined>): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new RateLimitConfigError(
      'REDIS_URL is not a redis:// or rediss:// URL (for example redis://127.0.0.1:6379/0).',
    );
  }
  return raw;
}

/** One client per URL and process, created on first use. */
export function sharedRedis(url: string): SharedRedis {
  const holder = globalThis as Holder;
  const clients = (holder[CLIENTS] ??= new Map());
  const existing = clients.get(url);
  if (existing) return existing;

  const client = new Redis(url, REDIS_OPTIONS);
  watchConnection(client);
  const ready = client.connect().then(
    () => undefined,
    // Already logged by watchConnection; the retry strategy keeps reconnecting meanwhile.
    () => undefined,
  );
  const shared = { client, ready };
  clients.set(url, shared);
  return shared;
}

/**
 * Logs when Redis goes away and when it is back, not every failed reconnect. Listening to
 * 'error' at all matters: an EventEmitter with no 'error' listener crashes the process.
 */
function watchConnection(client: Redis) {
  let down = false;
  let lastError = 'connection closed';
  client.on('error', (error: Error) => {
    lastError = error.message;
  });
  // Emitted for every lost or failed connection, never for our own disconnect().
  client.on('reconnecting', () => {
    if (down) return;
    down = true;
    console.error(
      `[rate-limit] Redis unavailable (${lastError}); counting attempts in this process's ` +
        'memory until it is back.',
    );
  });
  client.on('ready', () => {
    lastError = 'connection closed';
    if (!down) return;
    down = false;
    console.warn('[rate-limit] Redis is back; counting attempts in Redis again.');
  });
}

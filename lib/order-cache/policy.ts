import 'server-only';

import { readRedisUrl } from '../rate-limit/redis-client';
import { readSetting, SettingError } from '../settings';

// A short-lived server cache of each customer's orders (the list pages and single orders), so
// that a signed-in page asks Medusa only for what it cannot skip: the session check. Entries
// are keyed by customer id, never by session, and read only after the session was checked
// with the backend for this request. Medusa tells the storefront when a customer's orders
// change (a signed POST to /api/order-events, events.ts), which drops that customer's entries;
// the time to live bounds what a lost event can cost. Without ORDER_EVENTS_SECRET nothing can
// tell the storefront, so the cache is off and every page reads its orders from Medusa.

/** Seconds an entry is kept unless an order event drops it first. */
export const DEFAULT_TTL_SECONDS = 30;
const MAX_TTL_SECONDS = 300;

/**
 * The shape of what is kept (the storefront's `Page<OrderSummary>` and `Order`): raised with
 * any change to it, so that a release sharing a Redis with an older one never reads the older
 * one's entries.
 */
export const ORDER_CACHE_KEY_VERSION = 3;

/**
 * A customer's keys in a shared store. Entries carry the version; the generation does not: it
 * is a bare counter, and every release must see the same one, so that an order event received
 * by an instance of either drops the entries of both.
 */
export const orderCacheKeys = (customerId: string) => ({
  generation: `oc:${customerId}:g`,
  entry: (generation: number, key: string) =>
    `oc:v${ORDER_CACHE_KEY_VERSION}:${customerId}:${generation}:${key}`,
});

/** The generation counter outlives every entry by far, so an old generation never returns. */
export const GENERATION_TTL_SECONDS = 24 * 60 * 60;

export type OrderCacheConfig = {
  secret: string;
  ttlSeconds: number;
  redisUrl: string | null;
};

/**
 * ORDER_EVENTS_SECRET (or ORDER_EVENTS_SECRET_FILE) turns the cache on: the secret Medusa's
 * subscriber signs its order events with. ORDER_CACHE_TTL_SECONDS (default 30, at most 300);
 * REDIS_URL shares the cache between instances. Null when the cache is off.
 */
export function readOrderCacheConfig(
  env: Record<string, string | undefined> = process.env,
): OrderCacheConfig | null {
  const setting = readSetting(env, 'ORDER_EVENTS_SECRET');
  if (!setting) return null;
  const secret = setting.text.trim();
  if (secret.length < 32) {
    throw new SettingError(`${setting.source} must be at least 32 characters`);
  }
  const rawTtl = env.ORDER_CACHE_TTL_SECONDS?.trim();
  const ttlSeconds = rawTtl ? Number(rawTtl) : DEFAULT_TTL_SECONDS;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
    throw new SettingError(
      `ORDER_CACHE_TTL_SECONDS must be whole seconds between 1 and ${MAX_TTL_SECONDS}, got "${rawTtl}"`,
    );
  }
  return { secret, ttlSeconds, redisUrl: readRedisUrl(env) };
}

/**
 * Where entries live. A customer's generation moves on when their orders change; an entry is
 * stored under the generation read before its backend call, so a read that raced with an order
 * event is never served afterwards.
 */
export interface OrderCacheStore {
  generation(customerId: string): Promise<number>;
  get(customerId: string, generation: number, key: string): Promise<unknown>;
  set(customerId: string, generation: number, key: string, value: unknown): Promise<void>;
  drop(customerId: string): Promise<void>;
}

export type OrderCache = {
  /** The cached value for this customer and key, else `load()`'s (then kept). */
  read<T>(customerId: string, key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets everything kept for these customers. */
  drop(customerIds: readonly string[]): Promise<void>;
};

/**
 * A store failure (Redis away) never fails a page: the read goes to the backend, as with the
 * cache off. A failed drop is reported, since then the entries live out their time to live.
 */
export function createOrderCache(store: OrderCacheStore): OrderCache {
  const quietly = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      console.error(`[order-cache] ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  return {
    async read(customerId, key, load) {
      const generation = await quietly(() => store.generation(customerId));
      if (generation === undefined) return load();
      const cached = await quietly(() => store.get(customerId, generation, key));
      if (cached !== undefined) return cached as Awaited<ReturnType<typeof load>>;
      const value = await load();
      await quietly(() => store.set(customerId, generation, key, value));
      return value;
    },
    async drop(customerIds) {
      await Promise.all(customerIds.map((id) => store.drop(id)));
    },
  };
}

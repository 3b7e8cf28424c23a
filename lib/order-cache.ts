import 'server-only';

import { createHmac, timingSafeEqual } from 'node:crypto';

import { readRedisUrl, sharedRedis, type SharedRedis } from './rate-limit/redis-client';
import { readSetting, SettingError } from './settings';

// A short-lived server cache of each customer's orders (the list pages and single orders), so
// that a signed-in page asks Medusa only for what it cannot skip: the session check. Entries
// are keyed by customer id, never by session, and read only after the session was checked
// with the backend for this request. Medusa tells the storefront when a customer's orders
// change (a signed POST to /api/order-events, sent by a subscriber to `order.placed` and the
// other order events), which drops that customer's entries; the time to live bounds what a
// lost event can cost. Without ORDER_EVENTS_SECRET nothing can tell the storefront, so the
// cache is off and every page reads its orders from Medusa.

/** Seconds an entry is kept unless an order event drops it first. */
export const DEFAULT_TTL_SECONDS = 30;
const MAX_TTL_SECONDS = 300;
/**
 * Entries kept in memory at most, over all customers: the least recently read customers go
 * first. An entry is a page of orders or one order, a few kilobytes, so this bounds the cache
 * to some tens of megabytes.
 */
const MAX_ENTRIES_IN_MEMORY = 5_000;
/** Entries per customer at most (list pages and orders); the oldest go first. */
const MAX_ENTRIES_PER_CUSTOMER = 50;
/** Customers remembered at most (with or without entries: a dropped one keeps its generation). */
const MAX_CUSTOMERS_IN_MEMORY = 20_000;
/** How old a signed order event may be before it is refused as a replay. */
export const EVENT_MAX_AGE_SECONDS = 300;
export const SIGNATURE_HEADER = 'x-order-events-signature';

export type OrderCacheConfig = { secret: string; ttlSeconds: number; redisUrl: string | null };

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

type MemoryCustomer = {
  generation: number;
  entries: Map<string, { value: unknown; expiresAt: number }>;
};

/** In this process's memory, bounded in entries and customers. */
export function memoryOrderCacheStore(
  ttlSeconds: number,
  now: () => number = Date.now,
  limits: { entries: number; customers: number } = {
    entries: MAX_ENTRIES_IN_MEMORY,
    customers: MAX_CUSTOMERS_IN_MEMORY,
  },
): OrderCacheStore {
  const customers = new Map<string, MemoryCustomer>();
  let entryCount = 0;
  // Generations come from one counter. A customer the store does not hold (never seen, or
  // forgotten for room) is at `unknown`, which moves on whenever one is forgotten: a read that
  // began before its customer was forgotten cannot store its result afterwards.
  let counter = 0;
  let unknown = 0;
  const forgetLeastRecent = () => {
    const [id, oldest] = customers.entries().next().value!;
    entryCount -= oldest.entries.size;
    customers.delete(id);
    unknown = ++counter;
  };
  const customer = (id: string): MemoryCustomer => {
    let found = customers.get(id);
    if (found) {
      // Map order is the recency order: the least recently read customer is the first key.
      customers.delete(id);
    } else {
      found = { generation: unknown, entries: new Map() };
      if (customers.size >= limits.customers) forgetLeastRecent();
    }
    customers.set(id, found);
    return found;
  };
  return {
    async generation(id) {
      return customers.get(id)?.generation ?? unknown;
    },
    async get(id, generation, key) {
      const found = customers.get(id);
      const entry = found?.generation === generation ? found.entries.get(key) : undefined;
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        found!.entries.delete(key);
        entryCount -= 1;
        return undefined;
      }
      customer(id);
      return entry.value;
    },
    async set(id, generation, key, value) {
      const found = customer(id);
      if (found.generation !== generation) return;
      if (found.entries.delete(key)) entryCount -= 1;
      if (found.entries.size >= MAX_ENTRIES_PER_CUSTOMER) {
        found.entries.delete(found.entries.keys().next().value!);
        entryCount -= 1;
      }
      found.entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      entryCount += 1;
      // This customer is the most recent, so the others go first.
      while (entryCount > limits.entries && customers.size > 1) forgetLeastRecent();
    },
    async drop(id) {
      const found = customer(id);
      entryCount -= found.entries.size;
      // Kept, with its generation moved on, so that a read in flight cannot store its result.
      found.generation = ++counter;
      found.entries = new Map();
    },
  };
}

const redisKeys = (id: string) => ({
  generation: `oc:${id}:g`,
  entry: (generation: number, key: string) => `oc:${id}:${generation}:${key}`,
});
/** The generation counter outlives every entry by far, so an old generation never returns. */
const GENERATION_TTL_SECONDS = 24 * 60 * 60;

/** In Redis, shared by every instance that uses it. Entries are JSON. */
export function redisOrderCacheStore(redis: SharedRedis, ttlSeconds: number): OrderCacheStore {
  const { client } = redis;
  return {
    async generation(id) {
      await redis.ready;
      return Number((await client.get(redisKeys(id).generation)) ?? 0);
    },
    async get(id, generation, key) {
      const json = await client.get(redisKeys(id).entry(generation, key));
      return json === null ? undefined : JSON.parse(json);
    },
    async set(id, generation, key, value) {
      await client.set(
        redisKeys(id).entry(generation, key),
        JSON.stringify(value),
        'EX',
        ttlSeconds,
      );
    },
    async drop(id) {
      const keys = redisKeys(id);
      await redis.ready;
      await client
        .multi()
        .incr(keys.generation)
        .expire(keys.generation, GENERATION_TTL_SECONDS)
        .exec();
    },
  };
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

/** Kept on globalThis because Next may evaluate this module more than once per process. */
const CACHE = Symbol.for('medusa-account-storefront.order-cache');
type Holder = { [CACHE]?: { cache: OrderCache | null; config: OrderCacheConfig | null } };

function configured() {
  const holder = globalThis as Holder;
  if (!holder[CACHE]) {
    const config = readOrderCacheConfig();
    const cache = config
      ? createOrderCache(
          config.redisUrl
            ? redisOrderCacheStore(sharedRedis(config.redisUrl), config.ttlSeconds)
            : memoryOrderCacheStore(config.ttlSeconds),
        )
      : null;
    holder[CACHE] = { cache, config };
  }
  return holder[CACHE];
}

/** The order cache this server was configured with, or null when it is off. */
export function getOrderCache(): OrderCache | null {
  return configured().cache;
}

/** The secret order events are signed with, or null when the cache is off. */
export function orderEventsSecret(): string | null {
  return configured().config?.secret ?? null;
}

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * The signature header of an order event: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">` with the shared secret. Medusa's subscriber computes the same.
 */
export function signOrderEvent(secret: string, body: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** Whether a signature header is this body's, made with the secret, and recent. */
export function isSignedOrderEvent(
  secret: string,
  header: string | null,
  body: string,
  now = Date.now(),
): boolean {
  const parts = new Map(
    (header ?? '').split(',').map((part) => {
      const [name, ...rest] = part.trim().split('=');
      return [name, rest.join('=')] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(now / 1000 - timestamp) > EVENT_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

import 'server-only';

import { sharedRedis } from '../rate-limit/redis-client';
import { memoryOrderCacheStore } from './memory-store';
import {
  createOrderCache,
  readOrderCacheConfig,
  type OrderCache,
  type OrderCacheConfig,
} from './policy';
import { redisOrderCacheStore } from './redis-store';

// The order cache: its policy (policy.ts: keys, time to live, what a read keeps and a drop
// forgets), the signed order events that drop entries (events.ts), and its two stores: this
// process's memory, or a Redis that every instance shares.

export {
  createOrderCache,
  DEFAULT_TTL_SECONDS,
  ORDER_CACHE_KEY_VERSION,
  orderCacheKeys,
  readOrderCacheConfig,
  type OrderCache,
  type OrderCacheConfig,
  type OrderCacheStore,
} from './policy';
export {
  EVENT_MAX_AGE_SECONDS,
  isSignedOrderEvent,
  SIGNATURE_HEADER,
  signOrderEvent,
} from './events';
export { memoryOrderCacheStore } from './memory-store';
export { redisOrderCacheStore } from './redis-store';

/** Kept on globalThis because Next may evaluate this module more than once per process. */
const CACHE = Symbol.for('medusa-account-storefront.order-cache');
type Holder = {
  [CACHE]?: { cache: OrderCache | null; config: OrderCacheConfig | null };
};

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

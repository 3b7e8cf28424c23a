import 'server-only';

import type { SharedRedis } from '../rate-limit/redis-client';
import { GENERATION_TTL_SECONDS, orderCacheKeys, type OrderCacheStore } from './policy';

/** In Redis, shared by every instance that uses it. Entries are JSON. */
export function redisOrderCacheStore(redis: SharedRedis, ttlSeconds: number): OrderCacheStore {
  const { client } = redis;
  return {
    async generation(id) {
      await redis.ready;
      return Number((await client.get(orderCacheKeys(id).generation)) ?? 0);
    },
    async get(id, generation, key) {
      const json = await client.get(orderCacheKeys(id).entry(generation, key));
      return json === null ? undefined : JSON.parse(json);
    },
    async set(id, generation, key, value) {
      await client.set(
        orderCacheKeys(id).entry(generation, key),
        JSON.stringify(value),
        'EX',
        ttlSeconds,
      );
    },
    async drop(id) {
      const keys = orderCacheKeys(id);
      await redis.ready;
      await client
        .multi()
        .incr(keys.generation)
        .expire(keys.generation, GENERATION_TTL_SECONDS)
        .exec();
    },
  };
}

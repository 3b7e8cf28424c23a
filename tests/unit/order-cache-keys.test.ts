// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import {
  createOrderCache,
  ORDER_CACHE_KEY_VERSION,
  orderCacheKeys,
  redisOrderCacheStore,
} from '@/lib/order-cache';
import type { SharedRedis } from '@/lib/rate-limit/redis-client';

/** Just the Redis commands the store uses, over a Map; the real server is the redis suite's. */
function fakeRedis() {
  const data = new Map<string, string>();
  const client = {
    get: async (key: string) => data.get(key) ?? null,
    set: async (key: string, value: string) => void data.set(key, value),
    multi() {
      const queued: (() => void)[] = [];
      const chain = {
        incr: (key: string) => {
          queued.push(() => data.set(key, String(Number(data.get(key) ?? 0) + 1)));
          return chain;
        },
        expire: () => chain,
        exec: async () => queued.forEach((run) => run()),
      };
      return chain;
    },
  };
  return { data, redis: { client, ready: Promise.resolve() } as unknown as SharedRedis };
}

describe('order cache keys', () => {
  it('carry the version of what is kept', () => {
    expect(orderCacheKeys('cus_a').entry(3, 'list:1:10')).toBe(
      `oc:v${ORDER_CACHE_KEY_VERSION}:cus_a:3:list:1:10`,
    );
  });

  it('keep entries in Redis under the version, so an older release’s entry is never read', async () => {
    const { data, redis } = fakeRedis();
    // What a release before the versioned keys left for this customer's first page.
    data.set('oc:cus_a:0:list:1:10', JSON.stringify({ shape: 'old' }));
    const cache = createOrderCache(redisOrderCacheStore(redis, 30));
    const load = vi.fn(async () => ({ items: [], count: 0 }));

    expect(await cache.read('cus_a', 'list:1:10', load)).toEqual({ items: [], count: 0 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(data.get(`oc:v${ORDER_CACHE_KEY_VERSION}:cus_a:0:list:1:10`)).toBe(
      JSON.stringify({ items: [], count: 0 }),
    );
  });

  it('share the generation between releases, so an order event drops the entries of both', async () => {
    const { data, redis } = fakeRedis();
    const cache = createOrderCache(redisOrderCacheStore(redis, 30));
    const load = vi.fn(async () => 'orders');
    await cache.read('cus_a', 'list:1:10', load);
    await cache.drop(['cus_a']);
    // The counter an older release reads too.
    expect(data.get('oc:cus_a:g')).toBe('1');
    await cache.read('cus_a', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

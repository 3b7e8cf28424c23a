// The order cache in a real Redis: two storefront instances share it, an order event received
// by one drops the entries for both, and a Redis that goes away sends the pages to Medusa.
// Starts its own redis-server (Debian's package) on a free port.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createOrderCache, redisOrderCacheStore } from '@/lib/order-cache';
import { REDIS_OPTIONS } from '@/lib/rate-limit/redis-client';

import {
  assertRedisServerInstalled,
  freePort,
  redisServer,
  type RedisServer,
} from '../support/redis-server';

let redis: RedisServer;
const clients: Redis[] = [];

/** One storefront instance's cache: its own connection, as another process would have. */
function instance(ttlSeconds = 30) {
  const client = new Redis(redis.url, REDIS_OPTIONS);
  client.on('error', () => undefined);
  clients.push(client);
  return createOrderCache(redisOrderCacheStore({ client, ready: client.connect() }, ttlSeconds));
}

beforeAll(async () => {
  assertRedisServerInstalled();
  redis = redisServer(await freePort());
  await redis.start();
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await redis?.stop();
});

describe('order cache in Redis', () => {
  it('is shared by instances, and one event drops it for all of them', async () => {
    const one = instance();
    const two = instance();
    const load = vi.fn(async () => ({ count: 1, items: [{ id: 'order_1' }] }));
    await one.read('cus_shared', 'list:1:10', load);
    expect(await two.read('cus_shared', 'list:1:10', load)).toEqual({
      count: 1,
      items: [{ id: 'order_1' }],
    });
    expect(load).toHaveBeenCalledTimes(1);

    await two.drop(['cus_shared']);
    await one.read('cus_shared', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('lets entries expire after their time to live', async () => {
    const cache = instance(1);
    const load = vi.fn(async () => 'orders');
    await cache.read('cus_ttl', 'list:1:10', load);
    await cache.read('cus_ttl', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await cache.read('cus_ttl', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reads from the backend while Redis is away, and uses it again when it is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const cache = instance();
    const load = vi.fn(async () => 'orders');
    await cache.read('cus_outage', 'list:1:10', load);
    await redis.stop();
    try {
      expect(await cache.read('cus_outage', 'list:1:10', load)).toBe('orders');
      expect(await cache.read('cus_outage', 'list:1:10', load)).toBe('orders');
      expect(load).toHaveBeenCalledTimes(3);
    } finally {
      await redis.start();
    }
    await vi.waitFor(
      async () => {
        const before = load.mock.calls.length;
        await cache.read('cus_outage', 'list:1:10', load);
        await cache.read('cus_outage', 'list:1:10', load);
        expect(load.mock.calls.length).toBe(before + 1);
      },
      { timeout: 10_000, interval: 250 },
    );
  });
});

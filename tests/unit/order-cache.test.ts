// @vitest-environment node
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  createOrderCache,
  memoryOrderCacheStore,
  readOrderCacheConfig,
  isSignedOrderEvent,
  signOrderEvent,
  SIGNATURE_HEADER,
  type OrderCacheStore,
} from '@/lib/order-cache';

const SECRET = 'unit-test-order-events-secret-0000000001';

/** A backend read that counts its calls and answers `value`. */
function counted<T>(value: T) {
  const load = vi.fn(async () => value);
  return load;
}

describe('order cache', () => {
  it('keeps a read per customer and key, and asks again after its time to live', async () => {
    let now = 1_000_000;
    const cache = createOrderCache(memoryOrderCacheStore(30, () => now));
    const load = counted({ orders: ['order_1'] });
    expect(await cache.read('cus_a', 'list:1:10', load)).toEqual({ orders: ['order_1'] });
    expect(await cache.read('cus_a', 'list:1:10', load)).toEqual({ orders: ['order_1'] });
    expect(load).toHaveBeenCalledTimes(1);

    // Another customer, or another key, is never served this entry.
    const other = counted({ orders: [] });
    expect(await cache.read('cus_b', 'list:1:10', other)).toEqual({ orders: [] });
    expect(await cache.read('cus_a', 'list:2:10', other)).toEqual({ orders: [] });
    expect(other).toHaveBeenCalledTimes(2);

    now += 30_000;
    await cache.read('cus_a', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a customer’s entries when their orders change, and only theirs', async () => {
    const cache = createOrderCache(memoryOrderCacheStore(30));
    const a = counted('a');
    const b = counted('b');
    await cache.read('cus_a', 'list:1:10', a);
    await cache.read('cus_b', 'list:1:10', b);
    await cache.drop(['cus_a']);
    await cache.read('cus_a', 'list:1:10', a);
    await cache.read('cus_b', 'list:1:10', b);
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('does not keep a read that was under way when the customer’s orders changed', async () => {
    const cache = createOrderCache(memoryOrderCacheStore(30));
    let finish!: (value: string) => void;
    const slow = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const reading = cache.read('cus_a', 'list:1:10', slow);
    await vi.waitFor(() => expect(slow).toHaveBeenCalled());
    // The order is placed while the page's backend call is in flight: its answer is old.
    await cache.drop(['cus_a']);
    finish('before the order');
    expect(await reading).toBe('before the order');
    const fresh = counted('with the order');
    expect(await cache.read('cus_a', 'list:1:10', fresh)).toBe('with the order');
    expect(fresh).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed read', async () => {
    const cache = createOrderCache(memoryOrderCacheStore(30));
    const failing = vi.fn(async () => {
      throw new Error('not found');
    });
    await expect(cache.read('cus_a', 'order:x', failing)).rejects.toThrow('not found');
    await expect(cache.read('cus_a', 'order:x', failing)).rejects.toThrow('not found');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('reads from the backend when its store fails (Redis away)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: OrderCacheStore = {
      generation: async () => {
        throw new Error('Connection is closed.');
      },
      get: async () => undefined,
      set: async () => undefined,
      drop: async () => undefined,
    };
    const cache = createOrderCache(broken);
    const load = counted('from Medusa');
    expect(await cache.read('cus_a', 'list:1:10', load)).toBe('from Medusa');
    expect(await cache.read('cus_a', 'list:1:10', load)).toBe('from Medusa');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps at most so many entries in all, forgetting the least recently read customers', async () => {
    const store = memoryOrderCacheStore(30, Date.now, { entries: 3, customers: 10 });
    const cache = createOrderCache(store);
    await cache.read('cus_a', 'list:1:10', counted('a'));
    await cache.read('cus_b', 'list:1:10', counted('b'));
    await cache.read('cus_c', 'list:1:10', counted('c'));
    // cus_a is read again, so cus_b is now the least recently read.
    const a = counted('a');
    await cache.read('cus_a', 'list:1:10', a);
    expect(a).not.toHaveBeenCalled();
    await cache.read('cus_d', 'list:1:10', counted('d'));
    const b = counted('b');
    await cache.read('cus_b', 'list:1:10', b);
    expect(b).toHaveBeenCalledTimes(1);
    const d = counted('d');
    await cache.read('cus_d', 'list:1:10', d);
    expect(d).not.toHaveBeenCalled();
  });

  it('does not keep a read whose customer was forgotten for room while it was under way', async () => {
    const store = memoryOrderCacheStore(30, Date.now, { entries: 100, customers: 1 });
    const cache = createOrderCache(store);
    let finish!: (value: string) => void;
    const slow = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const reading = cache.read('cus_a', 'list:1:10', slow);
    await vi.waitFor(() => expect(slow).toHaveBeenCalled());
    await cache.drop(['cus_a']);
    // Another customer takes the only place: cus_a, and the event's mark on it, are forgotten.
    await cache.read('cus_b', 'list:1:10', counted('b'));
    finish('before the order');
    await reading;
    const fresh = counted('with the order');
    expect(await cache.read('cus_a', 'list:1:10', fresh)).toBe('with the order');
    expect(fresh).toHaveBeenCalledTimes(1);
  });

  it('keeps at most 50 entries per customer, the oldest going first', async () => {
    const cache = createOrderCache(memoryOrderCacheStore(30));
    for (let n = 0; n <= 50; n += 1) await cache.read('cus_a', `order:${n}`, counted(n));
    const first = counted(0);
    await cache.read('cus_a', 'order:0', first);
    expect(first).toHaveBeenCalledTimes(1);
    const last = counted(50);
    await cache.read('cus_a', 'order:50', last);
    expect(last).not.toHaveBeenCalled();
  });
});

describe('order cache settings', () => {
  it('is off without ORDER_EVENTS_SECRET, since nothing could tell it of new orders', () => {
    expect(readOrderCacheConfig({})).toBeNull();
  });

  it('reads the secret, the time to live and REDIS_URL', () => {
    expect(readOrderCacheConfig({ ORDER_EVENTS_SECRET: SECRET })).toEqual({
      secret: SECRET,
      ttlSeconds: 30,
      redisUrl: null,
    });
    expect(
      readOrderCacheConfig({
        ORDER_EVENTS_SECRET: SECRET,
        ORDER_CACHE_TTL_SECONDS: '120',
        REDIS_URL: 'redis://127.0.0.1:6390/1',
      }),
    ).toEqual({ secret: SECRET, ttlSeconds: 120, redisUrl: 'redis://127.0.0.1:6390/1' });
  });

  it.each([
    [{ ORDER_EVENTS_SECRET: 'short' }, 'ORDER_EVENTS_SECRET must be at least 32 characters'],
    [{ ORDER_EVENTS_SECRET: SECRET, ORDER_CACHE_TTL_SECONDS: '0' }, 'ORDER_CACHE_TTL_SECONDS'],
    [{ ORDER_EVENTS_SECRET: SECRET, ORDER_CACHE_TTL_SECONDS: '301' }, 'ORDER_CACHE_TTL_SECONDS'],
    [{ ORDER_EVENTS_SECRET: SECRET, ORDER_CACHE_TTL_SECONDS: '1.5' }, 'ORDER_CACHE_TTL_SECONDS'],
  ])('refuses %j', (env, message) => {
    expect(() => readOrderCacheConfig(env)).toThrow(message);
  });
});

describe('order event signatures', () => {
  const body = JSON.stringify({ customer_ids: ['cus_a'] });
  const now = Date.UTC(2026, 11, 1, 12);

  it('accepts its own signature, for this body and secret, while it is recent', () => {
    const header = signOrderEvent(SECRET, body, now);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(isSignedOrderEvent(SECRET, header, body, now + 60_000)).toBe(true);
    expect(isSignedOrderEvent(SECRET, header, body, now + 301_000)).toBe(false);
    expect(isSignedOrderEvent(SECRET, header, body.replace('cus_a', 'cus_b'), now)).toBe(false);
    expect(isSignedOrderEvent(`${SECRET}x`, header, body, now)).toBe(false);
    expect(isSignedOrderEvent(SECRET, header.replace(/v1=./, 'v1=0'), body, now)).toBe(false);
    expect(isSignedOrderEvent(SECRET, null, body, now)).toBe(false);
    expect(isSignedOrderEvent(SECRET, 't=abc,v1=00', body, now)).toBe(false);
  });
});

describe('POST /api/order-events', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[
      Symbol.for('medusa-account-storefront.order-cache')
    ];
  });

  async function loadRoute(env: Record<string, string>) {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const route = await import('@/app/api/order-events/route');
    const { getOrderCache } = await import('@/lib/order-cache');
    return { POST: route.POST, cache: getOrderCache() };
  }

  const post = (body: string, signature: string | null) =>
    new NextRequest('http://localhost:3000/api/order-events', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        ...(signature ? { [SIGNATURE_HEADER]: signature } : {}),
      },
    });

  it('drops the named customers’ orders when the event is signed', async () => {
    const { POST, cache } = await loadRoute({ ORDER_EVENTS_SECRET: SECRET });
    const load = counted('orders');
    await cache!.read('cus_a', 'list:1:10', load);
    const body = JSON.stringify({ customer_ids: ['cus_a'] });

    // Unsigned, or signed with another secret: refused, nothing dropped.
    expect((await POST(post(body, null))).status).toBe(401);
    expect(
      (await POST(post(body, signOrderEvent('another-secret-of-32-characters-xx', body)))).status,
    ).toBe(401);
    await cache!.read('cus_a', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(1);

    expect((await POST(post(body, signOrderEvent(SECRET, body)))).status).toBe(204);
    await cache!.read('cus_a', 'list:1:10', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('refuses a signed body that is not a list of customer ids', async () => {
    const { POST } = await loadRoute({ ORDER_EVENTS_SECRET: SECRET });
    for (const body of ['not json', '{"customer_ids":[]}', '{"customer_ids":"cus_a"}']) {
      expect((await POST(post(body, signOrderEvent(SECRET, body)))).status).toBe(400);
    }
  });

  it('is not there when the cache is off', async () => {
    const { POST, cache } = await loadRoute({});
    expect(cache).toBeNull();
    const body = JSON.stringify({ customer_ids: ['cus_a'] });
    expect((await POST(post(body, signOrderEvent(SECRET, body)))).status).toBe(404);
  });
});

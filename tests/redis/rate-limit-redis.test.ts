// The limits against a real Redis: counts shared between processes, and what happens to a
// sign-in when Redis goes away and comes back. Starts its own redis-server (Debian's
// redis-server package) on a free port; fails, never skips, when it is not installed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { createLimitsFromEnv, type LimitKeys, type Limits } from '@/lib/rate-limit';
import { sharedRedis } from '@/lib/rate-limit/redis-client';

import {
  assertRedisServerInstalled,
  freePort,
  redisServer,
  type RedisServer,
} from '../support/redis-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ATTEMPTS_SCRIPT = path.join(import.meta.dirname, 'support/sign-in-attempts.ts');

let redis: RedisServer;
/** A plain client of our own, to look at what the limits wrote. */
let inspector: Redis;
let nextIp = 1;
/** A fresh address per test, so no test sees another's counts. */
const freshIp = () => `198.51.100.${nextIp++}`;

beforeAll(async () => {
  assertRedisServerInstalled();
  redis = redisServer(await freePort());
  await redis.start();
  inspector = new Redis(redis.url, { lazyConnect: true });
  // It reconnects by itself after the outage below; the errors meanwhile are expected.
  inspector.on('error', () => undefined);
  await inspector.connect();
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  inspector?.disconnect();
  if (redis) sharedRedis(redis.url).client.disconnect();
  await redis?.stop();
});

/** Sign-in failures for one address, limited to 5 per minute by address alone. */
const LIMIT_ENV = { RATE_LIMIT_SIGN_IN_IP: '5/1m' };

/** Runs `count` failed sign-ins in a separate Node process; resolves with each one's verdict. */
async function attemptsInAnotherProcess(
  count: number,
  ip: string,
  redisUrl: string | null,
  mode: 'one by one' | 'at once' = 'one by one',
) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...LIMIT_ENV };
  delete env.REDIS_URL;
  if (redisUrl) env.REDIS_URL = redisUrl;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', ATTEMPTS_SCRIPT, String(count), ip, mode],
    { cwd: ROOT, env, timeout: 20_000 },
  );
  return JSON.parse(stdout) as boolean[];
}

/** One failed sign-in, counted before the backend would be asked. */
async function attempt(limits: Limits, keys: LimitKeys) {
  return (await limits.take('signIn', keys)).allowed;
}

describe('limits in Redis', () => {
  it('share one count between processes: 3 attempts in one and 2 in another use up 5', async () => {
    const ip = freshIp();
    expect(await attemptsInAnotherProcess(3, ip, redis.url)).toEqual([true, true, true]);
    expect(await attemptsInAnotherProcess(3, ip, redis.url)).toEqual([true, true, false]);
    expect(await inspector.get(`rl:sign-in:ip:${ip}`)).toBe('5');
  });

  it('let no more than the limit through when two processes send 30 attempts each at once', async () => {
    const ip = freshIp();
    const [first, second] = await Promise.all([
      attemptsInAnotherProcess(30, ip, redis.url, 'at once'),
      attemptsInAnotherProcess(30, ip, redis.url, 'at once'),
    ]);
    expect([...first!, ...second!].filter(Boolean)).toHaveLength(5);
    // The refused ones gave nothing back to the limit that refused them, nor took more.
    expect(Number(await inspector.get(`rl:sign-in:ip:${ip}`))).toBeGreaterThanOrEqual(5);
    expect((await attemptsInAnotherProcess(1, ip, redis.url))[0]).toBe(false);
  });

  it('(control) without REDIS_URL each process counts alone, so the same attempts all pass', async () => {
    const ip = freshIp();
    expect(await attemptsInAnotherProcess(3, ip, null)).toEqual([true, true, true]);
    expect(await attemptsInAnotherProcess(3, ip, null)).toEqual([true, true, true]);
    expect(await inspector.exists(`rl:sign-in:ip:${ip}`)).toBe(0);
  });

  it('keep limiting in memory while Redis is down, and return to Redis when it is back', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const limits = createLimitsFromEnv({ REDIS_URL: redis.url, ...LIMIT_ENV });
    const client = sharedRedis(redis.url).client;

    // Up: two attempts land in Redis.
    const ip = freshIp();
    expect(await attempt(limits, { ip })).toBe(true);
    expect(await attempt(limits, { ip })).toBe(true);
    expect(await inspector.get(`rl:sign-in:ip:${ip}`)).toBe('2');

    await redis.stop();
    await vi.waitFor(() => expect(client.status).not.toBe('ready'), { timeout: 5_000 });

    // Down: the insurance starts from zero (it never saw the two above), answers at once,
    // and blocks after five attempts like Redis would.
    const down = freshIp();
    const started = Date.now();
    const verdicts = [];
    for (let i = 0; i < 6; i += 1) verdicts.push(await attempt(limits, { ip: down }));
    expect(verdicts).toEqual([true, true, true, true, true, false]);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(
      limits.succeeded('signIn', { ip: down, email: 'a@example.com' }),
    ).resolves.toBeUndefined();
    expect(await limits.peek('signIn', { ip: freshIp() })).toEqual({ allowed: true });
    // The module said why; no store call fell through to the fail-open path.
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^\[rate-limit\] Redis unavailable/));
    expect(errors).not.toHaveBeenCalledWith(
      expect.stringMatching(/letting the attempt through/),
      expect.anything(),
    );

    // Back (empty, as it keeps nothing on disk): counting moves to Redis again, where another
    // process sees it.
    await redis.start();
    await vi.waitFor(() => expect(client.status).toBe('ready'), { timeout: 10_000 });
    const back = freshIp();
    expect(await attempt(limits, { ip: back })).toBe(true);
    expect(await inspector.get(`rl:sign-in:ip:${back}`)).toBe('1');
    expect(await attemptsInAnotherProcess(5, back, redis.url)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect((await limits.peek('signIn', { ip: back })).allowed).toBe(false);
  });
});

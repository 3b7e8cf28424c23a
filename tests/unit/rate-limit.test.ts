// @vitest-environment node
import { english } from '@/tests/support/intl';
// The limits run on the server; Node's own Headers and timers are the ones that matter.
import fc from 'fast-check';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  blockedLogLine,
  clientIp,
  createLimits,
  createLimitsFromEnv,
  LIMIT_ENV_NAMES,
  RateLimitConfigError,
  readRateLimitConfig,
  tooManyAttemptsMessage,
  type LimitedAction,
  type LimitKeys,
  type Limits,
} from '@/lib/rate-limit';
import { parseLimit } from '@/lib/rate-limit/config';
import { readRedisUrl } from '@/lib/rate-limit/redis-client';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const memoryLimits = (env: Record<string, string> = {}) => createLimits(readRateLimitConfig(env));

/** One attempt that reached the backend and failed, as a caller makes it: counted first. */
async function attempt(limits: Limits, action: LimitedAction, keys: LimitKeys) {
  return limits.take(action, keys);
}

/** Expects the next `action` with `keys` to be refused, by the limit named `limit`. */
async function expectRefusedBy(
  limits: Limits,
  action: LimitedAction,
  keys: LimitKeys,
  limit: string,
) {
  expect(await limits.peek(action, keys)).toMatchObject({ allowed: false, limit });
}

/** Expects the next `action` with `keys` to be allowed. */
async function expectAllowed(limits: Limits, action: LimitedAction, keys: LimitKeys) {
  expect((await limits.peek(action, keys)).allowed).toBe(true);
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('readRateLimitConfig', () => {
  it('has a default for every action, with sign-in limited four ways', () => {
    const config = readRateLimitConfig({});
    expect(config.signIn).toEqual([
      expect.objectContaining({
        name: 'sign-in:email-ip',
        envName: 'RATE_LIMIT_SIGN_IN_EMAIL_IP',
        points: 5,
        durationSeconds: 900,
        clearedBySuccess: true,
      }),
      expect.objectContaining({ name: 'sign-in:ip', points: 10, durationSeconds: 900 }),
      expect.objectContaining({ name: 'sign-in:email', points: 20, durationSeconds: 3600 }),
      expect.objectContaining({
        name: 'sign-in:challenge',
        envName: 'RATE_LIMIT_SIGN_IN_CHALLENGE',
        points: 5,
        durationSeconds: 900,
      }),
    ]);
    for (const rules of Object.values(config)) {
      expect(rules.map((rule) => rule.scope)).toContain('ip');
      expect(rules.every((rule) => rule.points >= 1 && rule.durationSeconds >= 60)).toBe(true);
    }
    expect(config.changeEmail.map((rule) => rule.envName)).toEqual([
      'RATE_LIMIT_CHANGE_EMAIL_IP',
      'RATE_LIMIT_CHANGE_EMAIL_CUSTOMER',
    ]);
    expect(config.profilePhoto.map((rule) => [rule.envName, rule.points])).toEqual([
      ['RATE_LIMIT_PROFILE_PHOTO_IP', 30],
      ['RATE_LIMIT_PROFILE_PHOTO_CUSTOMER', 10],
    ]);
    expect(config.identityToken.map((rule) => [rule.envName, rule.points])).toEqual([
      ['RATE_LIMIT_IDENTITY_TOKEN_IP', 600],
      ['RATE_LIMIT_IDENTITY_TOKEN_SESSION', 60],
    ]);
    expect(config.guestOrder.map((rule) => [rule.envName, rule.points])).toEqual([
      ['RATE_LIMIT_GUEST_ORDER_IP', 10],
      ['RATE_LIMIT_GUEST_ORDER_CUSTOMER', 5],
    ]);
    expect(config.requestReturn.map((rule) => [rule.envName, rule.points])).toEqual([
      ['RATE_LIMIT_REQUEST_RETURN_IP', 30],
      ['RATE_LIMIT_REQUEST_RETURN_CUSTOMER', 10],
    ]);
    expect(LIMIT_ENV_NAMES).toHaveLength(22);
    expect(LIMIT_ENV_NAMES).toContain('RATE_LIMIT_FORGOT_PASSWORD_EMAIL');
  });

  it('takes overrides in seconds, minutes and hours, and ignores empty ones', () => {
    const config = readRateLimitConfig({
      RATE_LIMIT_SIGN_IN_IP: '3/30s',
      RATE_LIMIT_REGISTER_EMAIL: ' 7 / 2h ',
      RATE_LIMIT_RESET_LINK_CUSTOMER: '1/1m',
      RATE_LIMIT_FORGOT_PASSWORD_IP: '',
    });
    expect(config.signIn[1]).toMatchObject({ points: 3, durationSeconds: 30 });
    expect(config.register[1]).toMatchObject({ points: 7, durationSeconds: 7200 });
    expect(config.resetLink[1]).toMatchObject({ points: 1, durationSeconds: 60 });
    expect(config.forgotPassword[0]).toMatchObject({ points: 10, durationSeconds: 3600 });
  });

  it.each([
    'abc',
    '10',
    '10/15',
    '10/15d',
    '0/15m',
    '10/0m',
    '-1/1m',
    '1.5/1m',
    '10/1.5h',
    '1e3/1m',
  ])('rejects %j with an error naming the variable and the format', (value) => {
    expect(() => readRateLimitConfig({ RATE_LIMIT_SIGN_IN_IP: value })).toThrow(
      RateLimitConfigError,
    );
    expect(() => readRateLimitConfig({ RATE_LIMIT_SIGN_IN_IP: value })).toThrow(
      /RATE_LIMIT_SIGN_IN_IP=.* is not a valid limit: write <attempts>\/<window>/,
    );
  });

  it('rejects an unknown RATE_LIMIT_ name, since a typo would leave the default in force', () => {
    expect(() => readRateLimitConfig({ RATE_LIMIT_SIGNIN_IP: '3/1m' })).toThrow(
      /Unknown rate limit setting RATE_LIMIT_SIGNIN_IP; the known ones are RATE_LIMIT_SIGN_IN_EMAIL_IP/,
    );
  });

  it('reports every problem at once', () => {
    expect(() =>
      readRateLimitConfig({ RATE_LIMIT_SIGN_IN_IP: 'x', RATE_LIMIT_REGISTER_IP: 'y' }),
    ).toThrow(/RATE_LIMIT_SIGN_IN_IP="x"[^]*RATE_LIMIT_REGISTER_IP="y"/);
  });

  it('parses every well-formed limit exactly and refuses anything else', () => {
    const unit = fc.constantFrom(['s', 1] as const, ['m', 60] as const, ['h', 3600] as const);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1, max: 9999 }),
        unit,
        (points, amount, [suffix, seconds]) => {
          expect(parseLimit(`${points}/${amount}${suffix}`, 'X')).toEqual({
            points,
            durationSeconds: amount * seconds,
          });
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        try {
          const limit = parseLimit(value, 'X');
          expect(Number.isSafeInteger(limit.points) && limit.points >= 1).toBe(true);
          expect(Number.isSafeInteger(limit.durationSeconds) && limit.durationSeconds >= 1).toBe(
            true,
          );
        } catch (error) {
          expect(error).toBeInstanceOf(RateLimitConfigError);
        }
      }),
    );
  });
});

describe('limits in memory', () => {
  it('allows up to the limit, then blocks with a retry time within the window', async () => {
    const limits = memoryLimits({ RATE_LIMIT_REGISTER_IP: '3/1m' });
    const keys = { ip: '203.0.113.7', email: 'a@example.com' };
    for (let i = 0; i < 3; i += 1) {
      expect(await attempt(limits, 'register', keys)).toEqual({ allowed: true });
    }
    const verdict = await limits.peek('register', keys);
    expect(verdict).toMatchObject({ allowed: false, limit: 'register:ip' });
    expect(verdict.allowed || verdict.retryAfterSeconds).toBeGreaterThan(55);
    expect(verdict.allowed || verdict.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts an attempt when it is taken, not when it is peeked at', async () => {
    const limits = memoryLimits({ RATE_LIMIT_REGISTER_IP: '1/1m' });
    const keys = { ip: '203.0.113.7' };
    for (let i = 0; i < 5; i += 1) expect((await limits.peek('register', keys)).allowed).toBe(true);
    expect(await limits.take('register', keys)).toEqual({ allowed: true });
    expect((await limits.peek('register', keys)).allowed).toBe(false);
    expect((await limits.take('register', keys)).allowed).toBe(false);
  });

  describe('attempts sent at once', () => {
    /** A server action's order of steps, with a backend that takes `ms` to say "wrong". */
    async function failedSignIn(limits: Limits, keys: LimitKeys, backend: { calls: number }) {
      const verdict = await limits.take('signIn', keys);
      if (!verdict.allowed) return 'too many';
      backend.calls += 1;
      await later(20);
      return 'wrong password';
    }

    it('let no more than the limit reach the backend, however slowly it answers', async () => {
      const limits = memoryLimits();
      const backend = { calls: 0 };
      const keys = { ip: '203.0.113.7', email: 'alice@example.com' };
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => failedSignIn(limits, keys, backend)),
      );
      expect(backend.calls).toBe(5);
      expect(answers.filter((answer) => answer === 'too many')).toHaveLength(45);
      expect(await limits.peek('signIn', keys)).toMatchObject({ limit: 'sign-in:email-ip' });
      // The 45 refused ones left nothing on the account's count across addresses.
      expect(await limits.peek('signIn', { ip: '192.0.2.1', email: keys.email })).toEqual({
        allowed: true,
      });
    });

    it('let no more than five codes for one second step through, from however many addresses', async () => {
      const limits = memoryLimits();
      const backend = { calls: 0 };
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          failedSignIn(
            limits,
            { ip: `192.0.2.${i % 4}`, email: 'alice@example.com', challenge: 'mfac_1' },
            backend,
          ),
        ),
      );
      expect(backend.calls).toBe(5);
      // Another sign-in's challenge is counted on its own.
      expect(
        (
          await limits.peek('signIn', {
            ip: '192.0.2.9',
            email: 'a@example.com',
            challenge: 'mfac_2',
          })
        ).allowed,
      ).toBe(true);
    });

    it('count the same for attempts on one account from many addresses at once', async () => {
      const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_EMAIL: '8/1h' });
      const backend = { calls: 0 };
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          failedSignIn(limits, { ip: `192.0.2.${i}`, email: 'alice@example.com' }, backend),
        ),
      );
      expect(backend.calls).toBe(8);
    });
  });

  it('gives back everything a refused attempt took, so refusals never add up to a lockout', async () => {
    const limits = memoryLimits({
      RATE_LIMIT_SIGN_IN_EMAIL_IP: '2/15m',
      RATE_LIMIT_SIGN_IN_IP: '3/15m',
    });
    const keys = { ip: '203.0.113.7', email: 'alice@example.com' };
    await attempt(limits, 'signIn', keys);
    await attempt(limits, 'signIn', keys);
    // Refused by email+address; the address's count must not climb with each refusal.
    for (let i = 0; i < 10; i += 1) {
      expect(await limits.take('signIn', keys)).toMatchObject({ limit: 'sign-in:email-ip' });
    }
    const elsewhere = { ip: keys.ip, email: 'bob@example.com' };
    expect(await limits.take('signIn', elsewhere)).toEqual({ allowed: true });
    expect(await limits.take('signIn', elsewhere)).toMatchObject({ limit: 'sign-in:ip' });
  });

  it('does not count an attempt given back (the backend could not judge it)', async () => {
    const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_EMAIL_IP: '2/15m' });
    const keys = { ip: '203.0.113.7', email: 'alice@example.com' };
    for (let i = 0; i < 6; i += 1) {
      expect(await limits.take('signIn', keys)).toEqual({ allowed: true });
      await limits.giveBack('signIn', keys);
    }
    expect((await limits.peek('signIn', keys)).allowed).toBe(true);
  });

  it('leaves no credit behind when a point comes back after its window ended', async () => {
    vi.useFakeTimers();
    const limits = memoryLimits({ RATE_LIMIT_REGISTER_IP: '1/1m' });
    const keys = { ip: '203.0.113.7' };
    expect(await limits.take('register', keys)).toEqual({ allowed: true });
    vi.advanceTimersByTime(61_000);
    await limits.giveBack('register', keys);
    expect(await limits.take('register', keys)).toEqual({ allowed: true });
    expect((await limits.take('register', keys)).allowed).toBe(false);
  });

  it('counts down the retry time and lets attempts through again once the window ends', async () => {
    vi.useFakeTimers();
    const limits = memoryLimits({ RATE_LIMIT_FORGOT_PASSWORD_EMAIL: '2/10m' });
    const keys = { ip: '203.0.113.7', email: 'a@example.com' };
    await attempt(limits, 'forgotPassword', keys);
    vi.advanceTimersByTime(60_000);
    await attempt(limits, 'forgotPassword', keys);
    vi.advanceTimersByTime(4 * 60_000);
    // The window started with the first attempt: 5 of its 10 minutes are left.
    expect(await limits.peek('forgotPassword', keys)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
      limit: 'forgot-password:email',
    });
    vi.advanceTimersByTime(300_000);
    expect(await limits.peek('forgotPassword', keys)).toEqual({ allowed: true });
  });

  it('reports the longest wait when several limits are exhausted', async () => {
    const limits = memoryLimits({
      RATE_LIMIT_REGISTER_IP: '1/1m',
      RATE_LIMIT_REGISTER_EMAIL: '1/1h',
    });
    const keys = { ip: '203.0.113.7', email: 'a@example.com' };
    await attempt(limits, 'register', keys);
    expect(await limits.peek('register', keys)).toMatchObject({
      allowed: false,
      limit: 'register:email',
      retryAfterSeconds: 3600,
    });
  });

  describe('sign-in', () => {
    const alice = 'alice@example.com';
    const home = '198.51.100.1';
    const cafe = '198.51.100.2';

    it('blocks an email at one address after 5 failures, not the same email elsewhere or other emails there', async () => {
      const limits = memoryLimits();
      for (let i = 0; i < 5; i += 1) {
        expect((await attempt(limits, 'signIn', { ip: home, email: alice })).allowed).toBe(true);
      }
      await expectRefusedBy(limits, 'signIn', { ip: home, email: alice }, 'sign-in:email-ip');
      await expectAllowed(limits, 'signIn', { ip: cafe, email: alice });
      await expectAllowed(limits, 'signIn', { ip: home, email: 'bob@example.com' });
    });

    it('blocks an address after 10 failures across emails, for every email but only there', async () => {
      const limits = memoryLimits();
      for (let i = 0; i < 10; i += 1) {
        expect(
          (await attempt(limits, 'signIn', { ip: home, email: `user${i}@example.com` })).allowed,
        ).toBe(true);
      }
      await expectRefusedBy(
        limits,
        'signIn',
        { ip: home, email: 'fresh@example.com' },
        'sign-in:ip',
      );
      await expectAllowed(limits, 'signIn', { ip: cafe, email: 'fresh@example.com' });
    });

    it('blocks an email guessed from many addresses, wherever the next guess comes from', async () => {
      const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_EMAIL: '4/1h' });
      for (let i = 0; i < 4; i += 1) {
        expect(
          (await attempt(limits, 'signIn', { ip: `192.0.2.${i}`, email: alice })).allowed,
        ).toBe(true);
      }
      await expectRefusedBy(limits, 'signIn', { ip: '192.0.2.200', email: alice }, 'sign-in:email');
      await expectAllowed(limits, 'signIn', { ip: '192.0.2.200', email: 'bob@example.com' });
    });

    it('clears only the email+address count on success, which itself counts nowhere', async () => {
      const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_IP: '6/15m' });
      for (let i = 0; i < 4; i += 1) await attempt(limits, 'signIn', { ip: home, email: alice });
      // The fifth attempt was right.
      await attempt(limits, 'signIn', { ip: home, email: alice });
      await limits.succeeded('signIn', { ip: home, email: alice });
      // Email+address starts afresh (5 more would be allowed) but the address has 4 of its 6.
      await attempt(limits, 'signIn', { ip: home, email: alice });
      await attempt(limits, 'signIn', { ip: home, email: alice });
      await expectRefusedBy(limits, 'signIn', { ip: home, email: alice }, 'sign-in:ip');
    });

    it('gives a shopper five fresh tries after a success', async () => {
      const limits = memoryLimits();
      for (let i = 0; i < 4; i += 1) await attempt(limits, 'signIn', { ip: home, email: alice });
      await limits.succeeded('signIn', { ip: home, email: alice });
      for (let i = 0; i < 5; i += 1) {
        expect((await attempt(limits, 'signIn', { ip: home, email: alice })).allowed).toBe(true);
      }
      expect((await limits.peek('signIn', { ip: home, email: alice })).allowed).toBe(false);
    });

    it('counts an email however it is capitalised or padded', async () => {
      const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_EMAIL_IP: '2/15m' });
      await attempt(limits, 'signIn', { ip: home, email: ' Alice@Example.COM ' });
      await attempt(limits, 'signIn', { ip: home, email: 'ALICE@example.com' });
      expect((await limits.peek('signIn', { ip: home, email: alice })).allowed).toBe(false);
    });
  });

  it('limits signed-in actions per customer id, across addresses', async () => {
    const limits = memoryLimits({ RATE_LIMIT_CHANGE_EMAIL_CUSTOMER: '2/1h' });
    await attempt(limits, 'changeEmail', { ip: '192.0.2.1', customerId: 'cus_1' });
    await attempt(limits, 'changeEmail', { ip: '192.0.2.2', customerId: 'cus_1' });
    await expectRefusedBy(
      limits,
      'changeEmail',
      { ip: '192.0.2.3', customerId: 'cus_1' },
      'change-email:customer',
    );
    await expectAllowed(limits, 'changeEmail', { ip: '192.0.2.3', customerId: 'cus_2' });
  });

  it('keeps actions apart: sign-in failures do not use up registrations', async () => {
    const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_IP: '1/15m' });
    await attempt(limits, 'signIn', { ip: '192.0.2.1', email: 'a@example.com' });
    expect((await limits.peek('signIn', { ip: '192.0.2.1' })).allowed).toBe(false);
    await expectAllowed(limits, 'register', { ip: '192.0.2.1' });
  });

  it('turns per-address limits off for an unknown address, warning once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const limits = memoryLimits();
    for (let i = 0; i < 15; i += 1) {
      expect(
        (await attempt(limits, 'signIn', { ip: 'unknown', email: `u${i}@example.com` })).allowed,
      ).toBe(true);
    }
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/client address unknown/);
  });

  it('lets attempts through and logs when the store itself fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(RateLimiterMemory.prototype, 'get').mockRejectedValue(new Error('store broke'));
    vi.spyOn(RateLimiterMemory.prototype, 'consume').mockRejectedValue(new Error('store broke'));
    vi.spyOn(RateLimiterMemory.prototype, 'delete').mockRejectedValue(new Error('store broke'));
    const limits = memoryLimits({ RATE_LIMIT_SIGN_IN_IP: '1/15m' });
    const keys = { ip: '192.0.2.1', email: 'a@example.com' };
    vi.spyOn(RateLimiterMemory.prototype, 'reward').mockRejectedValue(new Error('store broke'));
    await expect(limits.take('signIn', keys)).resolves.toEqual({ allowed: true });
    await expect(limits.take('signIn', keys)).resolves.toEqual({ allowed: true });
    await expect(limits.peek('signIn', keys)).resolves.toEqual({ allowed: true });
    await expect(limits.giveBack('signIn', keys)).resolves.toBeUndefined();
    await expect(limits.succeeded('signIn', keys)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^\[rate-limit\] sign-in:ip take failed; letting the attempt through/),
      expect.any(Error),
    );
  });

  it('stays in memory without REDIS_URL and refuses a REDIS_URL that is not one', async () => {
    const limits = createLimitsFromEnv({ RATE_LIMIT_REGISTER_IP: '1/1m' });
    await attempt(limits, 'register', { ip: '192.0.2.1' });
    expect((await limits.peek('register', { ip: '192.0.2.1' })).allowed).toBe(false);
    expect(() => createLimitsFromEnv({ REDIS_URL: 'localhost:6379' })).toThrow(
      /REDIS_URL is not a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(readRedisUrl({ REDIS_URL: ' redis://127.0.0.1:6390/2 ' })).toBe(
      'redis://127.0.0.1:6390/2',
    );
    expect(readRedisUrl({ REDIS_URL: '' })).toBeNull();
  });
});

describe('clientIp', () => {
  const headers = (init: Record<string, string> | [string, string][]) => new Headers(init);

  it('without trusted proxies, takes the peer address and ignores X-Forwarded-For', () => {
    const spoofed = headers({ 'x-storefront-peer': '203.0.113.7', 'x-forwarded-for': '1.2.3.4' });
    expect(clientIp(spoofed, {})).toBe('203.0.113.7');
    expect(clientIp(spoofed, { TRUSTED_PROXY_HOPS: '0' })).toBe('203.0.113.7');
    expect(clientIp(headers({ 'x-forwarded-for': '1.2.3.4' }), {})).toBe('unknown');
  });

  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:203.0.113.7', '203.0.113.7'],
    ['2001:DB8::1', '2001:db8::1'],
    ['::1', '::1'],
    ['not an address', 'unknown'],
    ['203.0.113.7, 1.2.3.4', 'unknown'],
    ['', 'unknown'],
  ])('reads the peer header %j as %j', (peer, expected) => {
    expect(clientIp(headers({ 'x-storefront-peer': peer }), {})).toBe(expected);
  });

  it('with one proxy, takes the entry it appended (the rightmost)', () => {
    const env = { TRUSTED_PROXY_HOPS: '1' };
    const request = headers({
      'x-forwarded-for': '6.6.6.6, 203.0.113.7',
      'x-storefront-peer': '10.0.0.2',
    });
    expect(clientIp(request, env)).toBe('203.0.113.7');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.7' }), env)).toBe('203.0.113.7');
  });

  it('with two proxies, takes the entry the outer one appended (second from the right)', () => {
    const env = { TRUSTED_PROXY_HOPS: '2' };
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.5' }), env)).toBe(
      '203.0.113.7',
    );
    // Repeated headers join in arrival order, so the proxies' entries stay on the right.
    const repeated = headers([
      ['x-forwarded-for', '6.6.6.6'],
      ['x-forwarded-for', '203.0.113.7, 10.0.0.5'],
    ]);
    expect(clientIp(repeated, env)).toBe('203.0.113.7');
  });

  it('takes the leftmost entry of a list shorter than the proxy count', () => {
    expect(
      clientIp(headers({ 'x-forwarded-for': '203.0.113.7' }), { TRUSTED_PROXY_HOPS: '2' }),
    ).toBe('203.0.113.7');
  });

  it('answers unknown for a missing or malformed entry, and drops a port', () => {
    const env = { TRUSTED_PROXY_HOPS: '1' };
    expect(clientIp(headers({}), env)).toBe('unknown');
    expect(clientIp(headers({ 'x-forwarded-for': '1.2.3.4, evil' }), env)).toBe('unknown');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.7:51234' }), env)).toBe('203.0.113.7');
    expect(clientIp(headers({ 'x-forwarded-for': '[2001:db8::1]:443' }), env)).toBe('2001:db8::1');
  });

  it.each(['-1', 'two', '1.5', '1e1', '100'])('rejects TRUSTED_PROXY_HOPS=%j', (value) => {
    expect(() => clientIp(headers({}), { TRUSTED_PROXY_HOPS: value })).toThrow(
      /TRUSTED_PROXY_HOPS=.* is not valid/,
    );
  });
});

describe('messages', () => {
  it.each([
    [1, 'Too many attempts. Try again in 1 minute.'],
    [60, 'Too many attempts. Try again in 1 minute.'],
    [61, 'Too many attempts. Try again in 2 minutes.'],
    [840, 'Too many attempts. Try again in 14 minutes.'],
    [3600, 'Too many attempts. Try again in 60 minutes.'],
    [0, 'Too many attempts. Try again in 1 minute.'],
    [Number.NaN, 'Too many attempts. Try again in 1 minute.'],
  ])('says %d seconds as %j', (seconds, message) => {
    expect(english(tooManyAttemptsMessage(seconds))).toBe(message);
  });

  it('logs the action, keys and limit on one line', () => {
    expect(
      blockedLogLine(
        'signIn',
        { ip: '203.0.113.7', email: ' Alice@Example.com\n[account] forged line' },
        { retryAfterSeconds: 840, limit: 'sign-in:email-ip' },
      ),
    ).toBe(
      '[account] rate limit: signIn blocked for ip 203.0.113.7 ' +
        'email alice@example.com[account]forgedline (sign-in:email-ip, retry in 840 s)',
    );
    expect(
      blockedLogLine(
        'changeEmail',
        { ip: 'unknown', customerId: 'cus_1' },
        { retryAfterSeconds: 60, limit: 'change-email:customer' },
      ),
    ).toBe(
      '[account] rate limit: changeEmail blocked for ip unknown customer cus_1 (change-email:customer, retry in 60 s)',
    );
  });
});

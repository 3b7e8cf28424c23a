// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  browserMaxAgeSeconds,
  needsFreshSeenAt,
  openSession,
  sealSession,
  sessionLifetime,
} from '@/lib/session-cookie';
import { sessionSecrets } from '@/lib/session-secret';

const KEY = 'a'.repeat(32);
const OLD_KEY = 'o'.repeat(32);
const env = { NODE_ENV: 'test', SESSION_SECRET: KEY };
const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;
// Shaped like Medusa's session cookie value (v1 and v2 alike: `s:<id>.<signature>`, encoded).
const TOKEN = 's%3AUu2Ytt6UaZrX0Ke1Zb7cPvnDq9RZbK3n.4Yw9sH1lq2%2FkqH0dQ9cF3nH7mX6o0vT1uQxkP2r8s';
const session = { token: TOKEN, signedInAt: NOW - DAY, seenAt: NOW - 60_000 };

/** Every way the id could be spelled in a cookie, plain or encoded. */
function spellings(text: string): string[] {
  const raw = decodeURIComponent(text);
  const id = raw.slice(2, raw.indexOf('.'));
  return [text, raw, id].flatMap((value) => [
    value,
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64url'),
    Buffer.from(value).toString('hex'),
    encodeURIComponent(value),
  ]);
}

describe('the sealed session cookie', () => {
  it('gives back the session it sealed', () => {
    expect(openSession(sealSession(session, env), NOW, env)).toEqual({
      status: 'current',
      session,
    });
  });

  it('reveals nothing of the Medusa session id, plain, base64, hex or URL-encoded', () => {
    const value = sealSession(session, env);
    const decodedParts = value
      .split('.')
      .flatMap((part) => [part, Buffer.from(part, 'base64url').toString('latin1')]);
    for (const spelling of spellings(TOKEN)) {
      expect(value).not.toContain(spelling);
      for (const part of decodedParts) expect(part).not.toContain(spelling);
    }
    // Sealed twice, the same session gives two unrelated values.
    expect(sealSession(session, env)).not.toBe(value);
  });

  it('is refused when any one byte of it is changed', () => {
    const value = sealSession(session, env);
    const bytes = Buffer.from(value);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x2e) continue; // the separators: changing one only splits differently
      const changed = Buffer.from(bytes);
      changed[i] = changed[i] === 0x41 ? 0x42 : 0x41;
      expect(openSession(changed.toString(), NOW, env).status, `byte ${i}`).toBe('none');
    }
  });

  it('is refused when sealed with another key, or for another purpose, or not sealed at all', () => {
    const value = sealSession(session, { SESSION_SECRET: 'b'.repeat(32) });
    expect(openSession(value, NOW, env).status).toBe('none');
    expect(
      openSession(`${NOW}.${Buffer.from(TOKEN).toString('base64url')}.mac`, NOW, env).status,
    ).toBe('none');
    expect(openSession(undefined, NOW, env).status).toBe('none');
    expect(openSession('', NOW, env).status).toBe('none');
  });

  it('sealed under a retired key opens until that key is dropped', () => {
    const old = sealSession(session, { SESSION_SECRET: OLD_KEY });
    const rotated = { ...env, SESSION_SECRET: `${KEY}, ${OLD_KEY}` };
    expect(openSession(old, NOW, rotated)).toEqual({ status: 'current', session });
    // New cookies are sealed with the first key only.
    const fresh = sealSession(session, rotated);
    expect(openSession(fresh, NOW, env).status).toBe('current');
    expect(openSession(fresh, NOW, { ...env, SESSION_SECRET: OLD_KEY }).status).toBe('none');
    // Once dropped, the old key's cookies open no more.
    expect(openSession(old, NOW, env).status).toBe('none');
  });

  it('expires 30 days after sign-in and after 7 idle days, unless told otherwise', () => {
    const at = (signedAgo: number, seenAgo: number) =>
      sealSession({ token: TOKEN, signedInAt: NOW - signedAgo, seenAt: NOW - seenAgo }, env);
    expect(openSession(at(29 * DAY, 6 * DAY), NOW, env).status).toBe('current');
    expect(openSession(at(31 * DAY, 1000), NOW, env).status).toBe('expired');
    expect(openSession(at(8 * DAY, 7 * DAY + 1000), NOW, env).status).toBe('expired');
    const shorter = { ...env, SESSION_MAX_AGE_DAYS: '2', SESSION_IDLE_DAYS: '0.5' };
    expect(openSession(at(DAY, 11 * 60 * 60 * 1000), NOW, shorter).status).toBe('current');
    expect(openSession(at(DAY, 13 * 60 * 60 * 1000), NOW, shorter).status).toBe('expired');
    expect(openSession(at(3 * DAY, 1000), NOW, shorter).status).toBe('expired');
  });

  it('is kept by the browser until its idle timeout, and never past its lifetime', () => {
    expect(browserMaxAgeSeconds(NOW, NOW, env)).toBe(7 * 24 * 60 * 60);
    expect(browserMaxAgeSeconds(NOW - 25 * DAY, NOW, env)).toBe(5 * 24 * 60 * 60);
    expect(browserMaxAgeSeconds(NOW - 31 * DAY, NOW, env)).toBe(0);
    const short = { ...env, SESSION_MAX_AGE_DAYS: '1', SESSION_IDLE_DAYS: '0.125' };
    expect(browserMaxAgeSeconds(NOW, NOW, short)).toBe(3 * 60 * 60);
  });

  it('has its last-use instant written again once an hour, or sooner for a short idle timeout', () => {
    expect(needsFreshSeenAt({ ...session, seenAt: NOW - 59 * 60_000 }, NOW, env)).toBe(false);
    expect(needsFreshSeenAt({ ...session, seenAt: NOW - 60 * 60_000 }, NOW, env)).toBe(true);
    const short = { ...env, SESSION_IDLE_DAYS: '0.01' }; // 14.4 minutes
    expect(needsFreshSeenAt({ ...session, seenAt: NOW - 2 * 60_000 }, NOW, short)).toBe(true);
  });
});

describe('the session settings', () => {
  it('take one key or several; each at least 32 characters', () => {
    expect(sessionSecrets({ SESSION_SECRET: KEY })).toEqual([KEY]);
    expect(sessionSecrets({ SESSION_SECRET: ` ${KEY} ,${OLD_KEY}, ` })).toEqual([KEY, OLD_KEY]);
    expect(() => sessionSecrets({ SESSION_SECRET: `${KEY},short` })).toThrow(
      /key 2 of 2 is shorter than 32/,
    );
  });

  it('refuse to run in production without a secret of its own', () => {
    expect(() => sessionSecrets({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => sealSession(session, { NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });

  it('read lifetimes in days, and refuse what is not a sensible number', () => {
    expect(sessionLifetime({})).toEqual({ maxAgeMs: 30 * DAY, idleMs: 7 * DAY });
    expect(sessionLifetime({ SESSION_MAX_AGE_DAYS: '1', SESSION_IDLE_DAYS: '0.25' })).toEqual({
      maxAgeMs: DAY,
      idleMs: DAY / 4,
    });
    for (const bad of ['0', '-1', 'week', '1e9', '0.0001']) {
      expect(() => sessionLifetime({ SESSION_MAX_AGE_DAYS: bad }), bad).toThrow(
        /SESSION_MAX_AGE_DAYS/,
      );
    }
    expect(() => sessionLifetime({ SESSION_MAX_AGE_DAYS: '3', SESSION_IDLE_DAYS: '5' })).toThrow(
      /SESSION_IDLE_DAYS cannot be longer/,
    );
  });
});

import { describe, expect, it } from 'vitest';

import { fromMajorUnits, fromMinorUnits } from '@/lib/medusa/money';
import { isBackendError } from '@/lib/store';
import { createCaller } from '@/lib/medusa/call';
import {
  countriesOf,
  errorKindForStatus,
  fromAddressInput,
  isOwnPhotoFile,
  metadataText,
  newestAddress,
  orderStatus,
  parseResponse,
  photoMetadata,
  photoOf,
  rawAddressSchema,
  sessionFromSetCookie,
  sessionsValidAfter,
  toAddress,
} from '@/lib/medusa/wire';
import { storeAddress } from '@/tests/support/customers';

describe('errorKindForStatus', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not_found'],
    [400, 'invalid_input'],
    [422, 'invalid_input'],
    [500, 'unavailable'],
    [502, 'unavailable'],
  ] as const)('maps HTTP %i to %s', (status, kind) => {
    expect(errorKindForStatus(status)).toBe(kind);
  });

  it('lets a call give a status its own meaning (v1 answers 500 for a bad reset token)', () => {
    expect(errorKindForStatus(500, { 500: 'invalid_token' })).toBe('invalid_token');
    expect(errorKindForStatus(422, { 422: 'email_taken' })).toBe('email_taken');
  });
});

describe('sessionFromSetCookie', () => {
  it('finds connect.sid among other cookies, keeping its encoded value whole', () => {
    expect(
      sessionFromSetCookie([
        'other=1; Path=/',
        'connect.sid=s%3Aabc.def%3D%3D; Path=/; HttpOnly; SameSite=Lax',
      ]),
    ).toBe('s%3Aabc.def%3D%3D');
  });

  it('returns null when the response set no session', () => {
    expect(sessionFromSetCookie([])).toBeNull();
    expect(sessionFromSetCookie(['connect.sidx=1'])).toBeNull();
  });
});

describe('address and order mapping', () => {
  const raw = {
    id: 'addr_1',
    first_name: 'Dana',
    last_name: 'Demo',
    company: '',
    address_1: '12 Market Street',
    address_2: null,
    city: 'London',
    province: '',
    postal_code: 'EC1A 1BB',
    country_code: 'GB',
    phone: '',
  };

  it('turns Medusa addresses into the storefront shape, empty strings into null', () => {
    expect(toAddress(raw, true)).toEqual(storeAddress({ isDefaultShipping: true }));
  });

  it('sends empty strings for cleared optional fields', () => {
    const input = { ...toAddress(raw, false), company: null, address2: null };
    expect(fromAddressInput(input)).toMatchObject({
      company: '',
      address_2: '',
      country_code: 'gb',
    });
  });

  it('picks the address created last, whatever order the backend lists them in', () => {
    const older = { ...raw, id: 'addr_old', created_at: '2026-01-01T10:00:00.000Z' };
    const newer = { ...raw, id: 'addr_new', created_at: '2026-01-01T10:00:00.500Z' };
    expect(newestAddress([newer, older])?.id).toBe('addr_new');
    expect(newestAddress([older, newer])?.id).toBe('addr_new');
    expect(newestAddress([])).toBeUndefined();
  });

  it('keeps known order statuses and marks others unknown', () => {
    expect(orderStatus('pending')).toBe('pending');
    expect(orderStatus('draft')).toBe('unknown');
  });

  it('converts v1 minor units and keeps v2 major units', () => {
    expect(fromMinorUnits(2700, 'EUR')).toEqual({ amount: 27, currencyCode: 'eur' });
    expect(fromMinorUnits(500, 'jpy')).toEqual({ amount: 500, currencyCode: 'jpy' });
    expect(fromMajorUnits(27, 'eur')).toEqual({ amount: 27, currencyCode: 'eur' });
  });
});

describe('responses are checked where they enter', () => {
  it('passes a well-formed body through and turns a malformed one into unavailable', () => {
    const body = { regions: [{ countries: [{ iso_2: 'GB', display_name: 'United Kingdom' }] }] };
    expect(countriesOf(body, 'test')).toEqual([{ code: 'gb', name: 'United Kingdom' }]);
    for (const malformed of [
      null,
      'Internal Server Error',
      { regions: 'no' },
      { regions: [{ countries: [{}] }] },
    ]) {
      let caught: unknown;
      try {
        countriesOf(malformed, 'test listCountries');
      } catch (error) {
        caught = error;
      }
      expect(isBackendError(caught, 'unavailable'), JSON.stringify(malformed)).toBe(true);
    }
  });

  it('names where a body went wrong, for the server log only', () => {
    expect(() => parseResponse(rawAddressSchema, { id: 7 }, 'v9 thing')).toThrow(
      /v9 thing: malformed response \(id:/,
    );
  });
});

describe('every backend call has a deadline', () => {
  const readFailure = () => ({ status: 422, detail: 'not accepted' });

  it('turns an answer later than the deadline into unavailable', async () => {
    const call = createCaller('v9', 50, readFailure);
    const slow = new Promise((resolve) => setTimeout(() => resolve('late'), 1_000));
    await expect(call('slowThing', () => slow)).rejects.toMatchObject({
      kind: 'unavailable',
      message: 'v9 slowThing: no answer in 50 ms',
    });
  });

  it('passes a timely answer through and types a failure by its HTTP status', async () => {
    const call = createCaller('v9', 1_000, readFailure);
    await expect(call('quick', async () => 'ok')).resolves.toBe('ok');
    await expect(
      call('failing', async () => {
        throw new Error('boom');
      }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      status: 422,
      message: 'v9 failing: HTTP 422 not accepted',
    });
    const unanswered = createCaller('v9', 1_000, () => ({
      status: undefined,
      detail: 'ECONNREFUSED',
    }));
    await expect(
      unanswered('refused', async () => {
        throw new Error('connect ECONNREFUSED');
      }),
    ).rejects.toMatchObject({
      kind: 'unavailable',
      message: 'v9 refused: no response (ECONNREFUSED)',
    });
  });
});

describe('profile photo files in customer metadata', () => {
  const own = 'profile-photo-cus_01ABC-0123456789abcdef.webp';

  it('knows the storefront’s own photo files for this customer, as each storage names them', () => {
    expect(isOwnPhotoFile(own, 'cus_01ABC')).toBe(true);
    // v1 and v2 local storage put a time first; S3-like storage may add a folder and a suffix.
    expect(isOwnPhotoFile(`1796125960522-${own}`, 'cus_01ABC')).toBe(true);
    expect(
      isOwnPhotoFile('avatars/profile-photo-cus_01ABC-0123456789abcdef-01J0XYZ.webp', 'cus_01ABC'),
    ).toBe(true);
  });

  it('refuses anything else, so no other file is ever deleted with the admin key', () => {
    expect(isOwnPhotoFile(own, 'cus_01AB')).toBe(false);
    expect(isOwnPhotoFile('profile-photo-cus_01ABCD-0123456789abcdef.webp', 'cus_01ABC')).toBe(
      false,
    );
    expect(isOwnPhotoFile('1700000000-notebook.png', 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile(`../${own}`, 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile(`/etc/${own}`, 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile(`a//${own}`, 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile('profile-photo-cus_01ABC-0123.webp', 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile('profile-photo-cus_01ABC-0123456789abcdef.png', 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile('profile-photo-.*-0123456789abcdef.webp', '.*')).toBe(false);
  });

  it('refuses a name longer than any storage makes before it matches anything', () => {
    // Its own name behind a long but well-formed folder path: refused for its length alone.
    expect(isOwnPhotoFile(`${'a/'.repeat(300)}${own}`, 'cus_01ABC')).toBe(false);
    expect(isOwnPhotoFile(`${'a/'.repeat(50)}${own}`, 'cus_01ABC')).toBe(true);
    expect(isOwnPhotoFile(`${'1'.repeat(500)}-${own}`, 'cus_01ABC')).toBe(false);
  });

  it('refuses hostile names of any length, many photo-like names end to end among them', () => {
    const lookalike = '1-profile-photo-cus_01ABC-0123456789abcdef';
    for (const size of [1_000, 40_000, 320_000]) {
      const repeated = lookalike.repeat(Math.ceil(size / lookalike.length));
      expect(isOwnPhotoFile(repeated, 'cus_01ABC')).toBe(false);
      expect(isOwnPhotoFile(`${repeated}.webp`, 'cus_01ABC')).toBe(false);
      expect(isOwnPhotoFile(`${'a/'.repeat(size / 2)}${own}`, 'cus_01ABC')).toBe(false);
    }
  });

  it('reads the storefront’s metadata only as strings within their bounds', () => {
    const isStoreFile = (url: unknown): url is string =>
      typeof url === 'string' && url.startsWith('http://localhost:9001/static/');
    const url = `http://localhost:9001/static/${own}`;
    const longUrl = `http://localhost:9001/static/${'a'.repeat(3000)}.webp`;
    expect(photoOf({ profile_photo_url: longUrl }, 'cus_01ABC', isStoreFile)).toBeNull();
    expect(
      photoOf(
        { profile_photo_url: url, profile_photo_file: `${'1'.repeat(600)}-${own}` },
        'cus_01ABC',
        isStoreFile,
      ),
    ).toEqual({ url, fileId: null });
    expect(
      metadataText({ sessions_valid_after: ['2026-01-01'] }, 'sessions_valid_after'),
    ).toBeNull();
    expect(
      sessionsValidAfter({ sessions_valid_after: `2026-01-01T00:00:00.000Z${' '.repeat(100)}` }),
    ).toBeNull();
    expect(sessionsValidAfter({ sessions_valid_after: '2026-01-01T00:00:00.000Z' })).toBe(
      Date.parse('2026-01-01T00:00:00.000Z'),
    );
  });

  it('shows a photo only from the store’s files, and keeps a file id only when it is the customer’s', () => {
    const isStoreFile = (url: unknown): url is string =>
      typeof url === 'string' && url.startsWith('http://localhost:9001/static/');
    const url = `http://localhost:9001/static/${own}`;
    expect(photoOf(photoMetadata({ url, fileId: own }), 'cus_01ABC', isStoreFile)).toEqual({
      url,
      fileId: own,
    });
    expect(
      photoOf(photoMetadata({ url, fileId: 'notebook.png' }), 'cus_01ABC', isStoreFile),
    ).toEqual({ url, fileId: null });
    expect(
      photoOf(
        photoMetadata({ url: 'https://tracker.example/p.webp', fileId: own }),
        'cus_01ABC',
        isStoreFile,
      ),
    ).toBeNull();
    expect(photoOf(photoMetadata(null), 'cus_01ABC', isStoreFile)).toBeNull();
    expect(photoOf(null, 'cus_01ABC', isStoreFile)).toBeNull();
  });
});

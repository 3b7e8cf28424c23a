import { afterEach, describe, expect, it, vi } from 'vitest';

import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { BackendError } from '@/lib/store';

describe('describeFailure', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows fixed copy for the kind and logs the backend detail server-side only', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new BackendError(
      'email_taken',
      'v1 register: HTTP 422 duplicate key value violates unique constraint',
    );
    const copy = describeFailure('register', error);
    expect(copy).toBe(ERROR_COPY.email_taken);
    expect(copy).not.toMatch(/duplicate key|HTTP|422/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('duplicate key value'));
  });

  it('treats anything that is not a BackendError as the backend being unavailable', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(errorKind(new TypeError('fetch failed'))).toBe('unavailable');
    expect(describeFailure('x', 'boom')).toBe(ERROR_COPY.unavailable);
  });

  it('has copy for every error kind, none of it empty', () => {
    for (const copy of Object.values(ERROR_COPY)) expect(copy.length).toBeGreaterThan(10);
  });
});

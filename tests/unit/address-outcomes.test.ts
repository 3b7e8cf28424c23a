import { describe, expect, it } from 'vitest';

import { addressesUrl, addressOutcome } from '@/app/account/(signed-in)/addresses/outcomes';
import { english } from '@/tests/support/intl';

describe('what the address book says after a change', () => {
  it.each([
    ['added', 'success', 'The address has been added.'],
    ['updated', 'success', 'The address has been updated.'],
    ['deleted', 'success', 'The address has been deleted.'],
    ['default', 'success', 'Your default shipping address has been changed.'],
    ['failed', 'error', 'That change could not be saved. Please try again.'],
  ] as const)('%s', (done, tone, text) => {
    expect(addressesUrl(done)).toBe(`/account/addresses?done=${done}`);
    const outcome = addressOutcome(done);
    expect(outcome?.tone).toBe(tone);
    expect(english(outcome?.text)).toBe(text);
  });

  it('says nothing for an outcome it does not know', () => {
    for (const done of [undefined, '', 'toString', 'constructor', ['added']]) {
      expect(addressOutcome(done)).toBeUndefined();
    }
  });

  it('the country the store does not ship to reads as before', () => {
    expect(english('addressForm.countryNotShipped')).toBe(
      'We do not ship to that country. Choose one from the list.',
    );
  });
});

import { describe, expect, it } from 'vitest';

import { addressLayout } from '@/lib/address-layout';

describe('the address form’s layout for a country', () => {
  it.each(['de', 'fr', 'es', 'it', 'nl', 'se'])('%s: the postal code before the city', (code) => {
    expect(addressLayout(code).locality).toEqual(['postalCode', 'city']);
  });

  it.each(['gb', 'us', 'ie'])('%s: the city before the postal code', (code) => {
    expect(addressLayout(code).locality).toEqual(['city', 'postalCode']);
  });

  it('is city first while no country is chosen, or for a value that is not a country', () => {
    for (const none of ['', '  ', null, undefined, 'deu', 'd']) {
      expect(addressLayout(none).locality).toEqual(['city', 'postalCode']);
    }
  });

  it('reads a code in any case, with the spaces a form may leave around it', () => {
    expect(addressLayout('DE').locality).toEqual(['postalCode', 'city']);
    expect(addressLayout(' Se ').locality).toEqual(['postalCode', 'city']);
    expect(addressLayout('GB').locality).toEqual(['city', 'postalCode']);
  });
});

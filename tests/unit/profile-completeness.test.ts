import { describe, expect, it } from 'vitest';

import { profileSteps } from '@/components/account/profile-completeness';
import type { Customer } from '@/lib/store';
import { storeAddress, storeCustomer } from '@/tests/support/customers';
import { english } from '@/tests/support/intl';

const address = storeAddress();
const customer = storeCustomer;
const todo = (c: Customer, storesProfilePhoto = false) =>
  profileSteps(c, { storesProfilePhoto })
    .filter((s) => !s.done)
    .map((s) => [english(s.todo), s.href]);

describe('profile completeness', () => {
  it('asks for a phone and a first address, each where it is added', () => {
    expect(todo(customer({}))).toEqual([
      ['Add a phone number', '/account/profile#profile-phone'],
      ['Add a shipping address', '/account/addresses/new'],
    ]);
  });

  it('asks to choose a default once there are addresses', () => {
    expect(todo(customer({ phone: '+44 1', addresses: [address] }))).toEqual([
      ['Choose a default shipping address', '/account/addresses'],
    ]);
  });

  it('asks for a name when either half is blank, and nothing when all is there', () => {
    expect(
      todo(
        customer({
          lastName: ' ',
          phone: '1',
          addresses: [address],
          defaultShippingAddressId: 'addr_1',
        }),
      ),
    ).toEqual([['Add your name', '/account/profile#profile-first-name']]);
    expect(
      todo(customer({ phone: '1', addresses: [address], defaultShippingAddressId: 'addr_1' })),
    ).toEqual([]);
  });

  it('asks for a photo only where the store keeps one', () => {
    const complete = { phone: '1', addresses: [address], defaultShippingAddressId: 'addr_1' };
    expect(todo(customer(complete), true)).toEqual([
      ['Add a profile photo', '/account/profile#profile-photo'],
    ]);
    expect(
      todo(
        customer({ ...complete, photo: { url: 'http://localhost/p.webp', fileId: null } }),
        true,
      ),
    ).toEqual([]);
    expect(todo(customer(complete), false)).toEqual([]);
  });
});

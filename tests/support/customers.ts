import type { Address, Customer } from '@/lib/store';

import { DEMO_ORDER_ADDRESSES } from './orders';

// Customers and addresses in the storefront's own shapes, as the adapters answer them, for the
// unit suites. A test overrides what it is about.

/** Dana, with no addresses, phone, company or photo. */
export const storeCustomer = (over: Partial<Customer> = {}): Customer => ({
  id: 'cus_1',
  email: 'dana@example.com',
  firstName: 'Dana',
  lastName: 'Demo',
  phone: null,
  companyName: null,
  addresses: [],
  defaultShippingAddressId: null,
  sessionsValidAfter: null,
  preferredLocale: null,
  photo: null,
  ...over,
});

/** Dana's London address, not the default one; the optional fields empty (null). */
export const storeAddress = (over: Partial<Address> = {}): Address => ({
  id: 'addr_1',
  ...DEMO_ORDER_ADDRESSES.london,
  province: null,
  phone: null,
  isDefaultShipping: false,
  ...over,
});

import type { Capabilities } from './backend';

// What each Medusa generation's store API lets a customer do, declared in one place: the
// adapters expose it, the UI reads it, and the contract suite checks that the behaviour
// agrees. Kept free of server-only imports so the browser tests can read it too.
export const CAPABILITIES = {
  // v1: fulfilments are shipped or cancelled, never delivered; a company only on addresses.
  v1: {
    canChangeEmail: true,
    canChangePasswordInPlace: true,
    reportsDelivery: false,
    keepsCustomerCompany: false,
  },
  // v2: `POST /store/customers/me` rejects `email`; a password changes only with a reset token;
  // customers have `company_name`.
  v2: {
    canChangeEmail: false,
    canChangePasswordInPlace: false,
    reportsDelivery: true,
    keepsCustomerCompany: true,
  },
} as const satisfies Record<'v1' | 'v2', Capabilities>;

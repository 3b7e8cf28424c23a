import type { Capabilities } from './backend';

// What each Medusa generation's store API lets a customer do, declared in one place: the
// adapters expose it, the UI reads it, and the contract suite checks that the behaviour
// agrees. Kept free of server-only imports so the browser tests can read it too.
// `storesProfilePhoto` here says what the version allows; a storefront server without admin
// credentials (MEDUSA_ADMIN_API_KEY) turns it off (the adapters).
export const CAPABILITIES = {
  // v1: fulfilments are shipped or cancelled, never delivered; a company only on addresses.
  v1: {
    canChangeEmail: true,
    canChangePasswordInPlace: true,
    reportsDelivery: false,
    keepsCustomerCompany: false,
    storesProfilePhoto: true,
  },
  // v2: `POST /store/customers/me` rejects `email`; a password changes only with a reset token;
  // customers have `company_name`.
  v2: {
    canChangeEmail: false,
    canChangePasswordInPlace: false,
    reportsDelivery: true,
    keepsCustomerCompany: true,
    storesProfilePhoto: true,
  },
} as const satisfies Record<'v1' | 'v2', Capabilities>;

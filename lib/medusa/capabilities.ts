import type { Capabilities } from '../store/backend';

// What each Medusa generation's store API lets a customer do, declared in one place for the
// tools and the browser suites, which build no adapter: each adapter's capabilities follow
// from the parts it has (a unit test checks they are these), and the contract suite checks
// that the behaviour agrees. Kept free of server-only imports so the browser tests can read it too.
export const CAPABILITIES = {
  // v1: fulfilments are shipped or cancelled, never delivered; a company only on addresses;
  // no second factor at sign-in; no translations.
  v1: {
    offersTwoStepSignIn: false,
    canChangeEmail: true,
    canChangePasswordInPlace: true,
    reportsDelivery: false,
    keepsCustomerCompany: false,
    storesProfilePhoto: true,
    addsGuestOrders: true,
    translatesProductTitles: false,
  },
  // v2: `POST /store/customers/me` rejects `email`; a password changes only with a reset token;
  // customers have `company_name`; its auth module has TOTP factors and recovery codes; its
  // translation module (2.12.3 and later, behind the `translation` flag) translates products,
  // which the adapter finds out from the store (`GET /store/locales`) unless told not to ask.
  v2: {
    offersTwoStepSignIn: true,
    canChangeEmail: false,
    canChangePasswordInPlace: false,
    reportsDelivery: true,
    keepsCustomerCompany: true,
    storesProfilePhoto: true,
    addsGuestOrders: true,
    translatesProductTitles: true,
  },
} as const satisfies Record<'v1' | 'v2', Capabilities>;

/**
 * What a storefront server for `version` can do with what it was given: `storesProfilePhoto`
 * above says what the version allows, and only a server with admin credentials
 * (MEDUSA_ADMIN_API_KEY) can use it; `translatesProductTitles`, unless the server was told not
 * to ask for translations (MEDUSA_TRANSLATIONS=off). The adapters and the browser tests both
 * ask here.
 */
export function capabilitiesOf(
  version: keyof typeof CAPABILITIES,
  {
    hasAdminApiKey,
    asksTranslations = true,
  }: { hasAdminApiKey: boolean; asksTranslations?: boolean },
): Capabilities {
  const declared = CAPABILITIES[version];
  return {
    ...declared,
    storesProfilePhoto: declared.storesProfilePhoto && hasAdminApiKey,
    translatesProductTitles: declared.translatesProductTitles && asksTranslations,
  };
}

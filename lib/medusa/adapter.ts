import 'server-only';

import type { StoreBackend } from '../store/backend';
import {
  createCaller,
  DEFAULT_TIMEOUT_MS,
  storeFileCheck,
  type AdapterOptions,
  type Failure,
} from './call';
import { CAPABILITIES } from './capabilities';
import type { StoreFileCheck } from './wire';

// What every adapter is built from, whatever its client library: each version's context
// extends this with its own client, and each of its concerns (auth, customer, addresses,
// orders, two-step, photos, product titles) builds its part of the `StoreBackend` from that
// context.

/** The concerns each adapter builds its `StoreBackend` from, one module each. */
export type AuthMethods = Pick<
  StoreBackend,
  'register' | 'logIn' | 'logOut' | 'requestPasswordReset' | 'resetPassword'
>;
export type TwoStepMethods = Pick<StoreBackend, 'twoStep'>;
export type CustomerMethods = Pick<
  StoreBackend,
  | 'retrieveCustomer'
  | 'updateCustomer'
  | 'changeEmail'
  | 'revokeSessionsBefore'
  | 'rememberLanguage'
  | 'changePassword'
>;
export type PhotoMethods = Pick<StoreBackend, 'profilePhotos'>;
export type AddressMethods = Pick<
  StoreBackend,
  | 'listAddresses'
  | 'createAddress'
  | 'updateAddress'
  | 'deleteAddress'
  | 'setDefaultAddress'
  | 'listCountries'
>;
export type OrderMethods = Pick<StoreBackend, 'listOrders' | 'retrieveOrder'>;
export type ReturnMethods = Pick<StoreBackend, 'returnChoices' | 'requestReturn'>;
export type GuestOrderMethods = Pick<StoreBackend, 'guestOrders'>;
export type ProductTitleMethods = Pick<StoreBackend, 'productTitlesIn'>;

/** The one way an adapter calls Medusa (`createCaller`). */
export type Call = ReturnType<typeof createCaller>;

export type AdapterBase = {
  version: 'v1' | 'v2';
  baseUrl: string;
  adminApiKey: string | undefined;
  timeoutMs: number;
  isStoreFile: StoreFileCheck;
  call: Call;
};

export function adapterBase(
  options: AdapterOptions,
  version: AdapterBase['version'],
  readFailure: (error: unknown) => Failure,
): AdapterBase {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    version,
    baseUrl: options.baseUrl,
    adminApiKey: options.adminApiKey,
    timeoutMs,
    isStoreFile: storeFileCheck(options, version),
    call: createCaller(version, timeoutMs, readFailure),
  };
}

type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (
  part: infer Both,
) => void
  ? Both
  : never;

/**
 * The backend made of its parts, all from one context. Typed as the parts together, so a
 * `StoreBackend` that misses a method does not compile. The capabilities that are parts say
 * whether the part is there; the ones about data are the version's declared ones.
 */
export function composeBackend<
  Context extends AdapterBase,
  Parts extends ((c: Context) => object)[],
>(
  context: Context,
  ...parts: Parts
): Intersection<ReturnType<Parts[number]>> & Pick<StoreBackend, 'name' | 'capabilities'> {
  const methods: Partial<StoreBackend> = Object.assign({}, ...parts.map((part) => part(context)));
  const { reportsDelivery, keepsCustomerCompany } = CAPABILITIES[context.version];
  return Object.assign(
    {
      name: `medusa-${context.version}`,
      capabilities: {
        offersTwoStepSignIn: methods.twoStep !== undefined,
        canChangeEmail: methods.changeEmail !== undefined,
        canChangePasswordInPlace: methods.changePassword !== undefined,
        reportsDelivery,
        keepsCustomerCompany,
        storesProfilePhoto: methods.profilePhotos !== undefined,
        addsGuestOrders: methods.guestOrders !== undefined,
        translatesProductTitles: methods.productTitlesIn !== undefined,
      },
    },
    methods,
  ) as Intersection<ReturnType<Parts[number]>> & Pick<StoreBackend, 'name' | 'capabilities'>;
}

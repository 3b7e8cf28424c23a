import type {
  Capabilities,
  GuestOrderLink,
  GuestOrders,
  Reconfirmation,
  SessionToken,
  StoreBackend,
  TwoStepSetup,
  TwoStepSignIn,
} from './backend';
import type { Customer, PhotoFile } from './types';

// The store as one signed-in customer sees it: what pages and actions call once the session is
// known. The session and the customer's identity are bound in here, never passed by a caller,
// so no form field can name another customer; a feature the backend lacks is a part left out.

/** The password and a current code (or a recovery code), typed again to change sign-in. */
export type Reentered = Omit<Reconfirmation, 'email'>;

/** A backend method with the session bound in: the same call, minus its first argument. */
type AsCustomer<Method> = Method extends (
  session: SessionToken,
  ...rest: infer Rest
) => infer Result
  ? (...rest: Rest) => Result
  : never;

/** What a page may read with the session alone, at the same time as the customer check. */
export interface CustomerReads {
  readonly orders: {
    /** Newest first. */
    list: AsCustomer<StoreBackend['listOrders']>;
    /** Only the customer's own orders; anything else is `not_found`. */
    retrieve: AsCustomer<StoreBackend['retrieveOrder']>;
    /**
     * Only where the store translates its products (`translatesProductTitles`): the titles of
     * the orders' products in a language, for showing them in the shopper's (lib/own-orders.ts).
     */
    productTitlesIn?: StoreBackend['productTitlesIn'];
  };
  readonly addresses: { list: AsCustomer<StoreBackend['listAddresses']> };
  /** What a return of one of the customer's orders may be made of. */
  readonly returns: { choices: AsCustomer<StoreBackend['returnChoices']> };
  /** Only where the store offers two-step sign-in. */
  readonly twoStep?: { isOn: AsCustomer<TwoStepSignIn['isOn']> };
}

export interface CustomerStore extends CustomerReads {
  readonly capabilities: Capabilities;
  /** The customer as this request read them (the identity every call below is bound to). */
  readonly customer: Customer;
  readonly profile: {
    update: AsCustomer<StoreBackend['updateCustomer']>;
    /** Ends, for the storefront, every session of the customer opened before `instant`. */
    endSessionsBefore: AsCustomer<StoreBackend['revokeSessionsBefore']>;
    /** Keeps the language the customer chose, for their other devices. */
    rememberLanguage: AsCustomer<StoreBackend['rememberLanguage']>;
    /** Only where the store API allows it; the current password is checked first. */
    changeEmail?(input: { currentPassword: string; newEmail: string }): Promise<Customer>;
    /** Only where a password changes in place; elsewhere the customer is sent a reset link. */
    changePassword?(input: { currentPassword: string; newPassword: string }): Promise<void>;
    /** Emails the customer a link to choose a new password. */
    sendPasswordResetLink(): Promise<void>;
    /** Only where the store keeps profile photos. */
    photo?: { set(photo: PhotoFile): Promise<Customer>; remove(): Promise<Customer> };
  };
  readonly addresses: CustomerReads['addresses'] & {
    create: AsCustomer<StoreBackend['createAddress']>;
    /** Another customer's address is `not_found`. */
    update: AsCustomer<StoreBackend['updateAddress']>;
    delete: AsCustomer<StoreBackend['deleteAddress']>;
    setDefault: AsCustomer<StoreBackend['setDefaultAddress']>;
  };
  readonly returns: CustomerReads['returns'] & {
    /** Only of the customer's own order, within what it may still send back. */
    request: AsCustomer<StoreBackend['requestReturn']>;
  };
  readonly twoStep?: CustomerReads['twoStep'] & {
    /** Checks the password, then enrols an authenticator app. */
    begin(password: string): Promise<TwoStepSetup>;
    /** The app's first code turns it on; answers the first recovery codes. */
    confirm: AsCustomer<TwoStepSignIn['confirm']>;
    turnOff(input: Reentered): Promise<void>;
    /** The earlier recovery codes stop working. */
    renewRecoveryCodes(input: Reentered): Promise<string[]>;
  };
  /** Only where the store can move an order placed without an account into this one. */
  readonly guestOrders?: {
    /** Mails a confirmation link to the address the order was placed with. */
    request(orderId: string): ReturnType<GuestOrders['request']>;
    inspect(link: GuestOrderLink): ReturnType<GuestOrders['inspect']>;
    confirm(link: GuestOrderLink): ReturnType<GuestOrders['confirm']>;
    /** Only where a request stays open until answered: turns down another account's. */
    decline?(link: GuestOrderLink): Promise<void>;
  };
  /** Ends this session at the backend. */
  logOut(): Promise<void>;
}

/** The reads of the customer whose session this is. */
export function customerReads(backend: StoreBackend, session: SessionToken): CustomerReads {
  const { twoStep, productTitlesIn } = backend;
  return {
    orders: {
      list: (request) => backend.listOrders(session, request),
      retrieve: (id) => backend.retrieveOrder(session, id),
      ...(productTitlesIn ? { productTitlesIn } : {}),
    },
    addresses: { list: () => backend.listAddresses(session) },
    returns: { choices: (orderId) => backend.returnChoices(session, orderId) },
    ...(twoStep ? { twoStep: { isOn: () => twoStep.isOn(session) } } : {}),
  };
}

/** The store for the customer `customer`, just read with `session`. */
export function customerStore(
  backend: StoreBackend,
  session: SessionToken,
  customer: Customer,
): CustomerStore {
  const reads = customerReads(backend, session);
  const { email } = customer;
  const { changeEmail, changePassword, profilePhotos, twoStep, guestOrders } = backend;
  return {
    capabilities: backend.capabilities,
    customer,
    orders: reads.orders,
    profile: {
      update: (update) => backend.updateCustomer(session, update),
      endSessionsBefore: (instant) => backend.revokeSessionsBefore(session, instant),
      rememberLanguage: (locale) => backend.rememberLanguage(session, locale),
      sendPasswordResetLink: () => backend.requestPasswordReset(email),
      ...(changeEmail
        ? { changeEmail: (input) => changeEmail(session, { currentEmail: email, ...input }) }
        : {}),
      ...(changePassword
        ? { changePassword: (input) => changePassword(session, { email, ...input }) }
        : {}),
      ...(profilePhotos
        ? {
            photo: {
              set: (photo) => profilePhotos.set(session, customer, photo),
              remove: () => profilePhotos.remove(session, customer),
            },
          }
        : {}),
    },
    addresses: {
      ...reads.addresses,
      create: (input) => backend.createAddress(session, input),
      update: (id, input) => backend.updateAddress(session, id, input),
      delete: (id) => backend.deleteAddress(session, id),
      setDefault: (id) => backend.setDefaultAddress(session, id),
    },
    returns: {
      ...reads.returns,
      request: (request) => backend.requestReturn(session, request),
    },
    ...(twoStep && reads.twoStep
      ? {
          twoStep: {
            ...reads.twoStep,
            begin: (password) => twoStep.begin(session, { email, password }),
            confirm: (factorId, code) => twoStep.confirm(session, factorId, code),
            turnOff: (input) => twoStep.turnOff(session, { email, ...input }),
            renewRecoveryCodes: (input) => twoStep.renewRecoveryCodes(session, { email, ...input }),
          },
        }
      : {}),
    ...(guestOrders
      ? {
          guestOrders: {
            request: (orderId) => guestOrders.request(session, customer.id, orderId),
            inspect: (link) => guestOrders.inspect(session, customer.id, link),
            confirm: (link) => guestOrders.confirm(session, customer.id, link),
            ...(guestOrders.decline ? { decline: guestOrders.decline } : {}),
          },
        }
      : {}),
    logOut: () => backend.logOut(session),
  };
}

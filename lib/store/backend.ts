import type {
  Address,
  AddressInput,
  Country,
  Customer,
  CustomerUpdate,
  Order,
  OrderSummary,
  Page,
  PhotoFile,
  RegisterInput,
  ReturnChoices,
  ReturnRequest,
} from './types';

/**
 * The opaque value the storefront keeps in its own cookie: the backend's server-side
 * session id. Only the adapter that issued it knows what is inside.
 */
export type SessionToken = string;

export type SignedIn = { session: SessionToken; customer: Customer };

/** How a shopper proves the second step: a code from their authenticator app, or a recovery code. */
export type SecondStepProof = { method: 'totp' | 'recovery_code'; code: string };

/**
 * A sign-in that passed the password and waits for the second step. Only the adapter reads
 * `challengeId` and `token` (Medusa's challenge and its first-step token, which no store route
 * accepts); the storefront keeps them on the server side of a sealed cookie, never in a page.
 */
export type PendingSignIn = { challengeId: string; token: string; expiresAt: number };

export type SignInResult =
  ({ status: 'signed-in' } & SignedIn) | { status: 'second-step'; pending: PendingSignIn };

/** A set-up waiting for the authenticator app's first code. */
export type TwoStepSetup = { factorId: string; secret: string; otpauthUrl: string };

/** The signed-in customer's own credentials, for steps that ask for them again. */
export type Reconfirmation = { email: string; password: string; proof: SecondStepProof };

/**
 * Two-step sign-in with an authenticator app, enforced by the backend: a part of the backend
 * only where it offers it. `email` is always the signed-in customer's, from the session.
 */
export interface TwoStepSignIn {
  /** The second step: a right code turns the pending sign-in into a session. */
  completeSignIn(pending: PendingSignIn, proof: SecondStepProof): Promise<SignedIn>;
  isOn(session: SessionToken): Promise<boolean>;
  /** Checks the password, then enrols an authenticator (replacing a set-up left unfinished). */
  begin(session: SessionToken, input: { email: string; password: string }): Promise<TwoStepSetup>;
  /** The app's first code turns it on; answers the first recovery codes. */
  confirm(session: SessionToken, factorId: string, code: string): Promise<string[]>;
  /** Needs the password and a current code (or a recovery code). */
  turnOff(session: SessionToken, input: Reconfirmation): Promise<void>;
  /** Needs the password and a current code; the earlier recovery codes stop working. */
  renewRecoveryCodes(session: SessionToken, input: Reconfirmation): Promise<string[]>;
}

/**
 * A profile photo kept in the store's file storage: a part of the backend only where the
 * version allows it and the server has admin credentials (MEDUSA_ADMIN_API_KEY). `customer`
 * is the signed-in customer as just read with this session (it says which file is replaced).
 */
export interface ProfilePhotos {
  /** Stores the photo, names it in the customer's metadata and deletes the file it replaces. */
  set(session: SessionToken, customer: Customer, photo: PhotoFile): Promise<Customer>;
  /** No photo any more, and its file deleted. */
  remove(session: SessionToken, customer: Customer): Promise<Customer>;
}

/**
 * The mailed link that confirms adding a guest order to an account, as the storefront's
 * confirm page receives it (`/account/orders/claim/confirm?order=…&token=…&customer=…`):
 * the order, the backend's token, and the account that asked (`customerId`), which the
 * adapter checks against the signed-in customer where the token itself does not say it.
 */
export type GuestOrderLink = { orderId: string; token: string; customerId: string | null };

/**
 * What asking to add a guest order did: `sent` mailed the confirmation to the address the
 * order was placed with (`email`, in full: callers show it masked), with the link's lifetime
 * where the backend gives it one; the others sent nothing.
 */
export type GuestOrderRequest =
  | { status: 'sent'; email: string; expiresInMinutes: number | null }
  | { status: 'already_yours' }
  | { status: 'in_another_account' };

/**
 * Where a followed link stands: `ready` to confirm; made for `another_account` than the
 * signed-in one (confirming would move the order there, not here); the order `already_yours`
 * (a link followed twice); or the order `in_another_account`. `added` only after `confirm`.
 */
export type GuestOrderLinkState =
  | { status: 'ready'; orderId: string }
  | { status: 'added'; orderId: string }
  | { status: 'another_account' }
  | { status: 'already_yours'; orderId: string }
  | { status: 'in_another_account' };

/**
 * Adding an order placed without an account to the signed-in customer's account: a part of
 * the backend only where its store API can. The order id alone moves nothing: the backend
 * mails a link to the address the order was placed with, and only that link confirms.
 * `customerId` is always the signed-in customer's, from the session.
 */
export interface GuestOrders {
  /** An unknown order id is `not_found`; an order the backend will not move, `invalid_input`. */
  request(session: SessionToken, customerId: string, orderId: string): Promise<GuestOrderRequest>;
  /** Reads only. A link the backend can no longer accept is `invalid_token`. */
  inspect(
    session: SessionToken,
    customerId: string,
    link: GuestOrderLink,
  ): Promise<Exclude<GuestOrderLinkState, { status: 'added' }>>;
  /** Moves the order when the link is `ready`; otherwise says why not and changes nothing. */
  confirm(
    session: SessionToken,
    customerId: string,
    link: GuestOrderLink,
  ): Promise<Exclude<GuestOrderLinkState, { status: 'ready' }>>;
  /**
   * Only where a request stays open until answered (and blocks any other for the order): the
   * mailbox's owner turns down a request another account made.
   */
  decline?(link: GuestOrderLink): Promise<void>;
}

/**
 * What differs between Medusa generations, for pages to show: the optional parts of
 * `StoreBackend` say the same to the compiler (a flag is on exactly when its part is there),
 * and `reportsDelivery` and `keepsCustomerCompany` say what the data holds.
 */
export type Capabilities = {
  /**
   * A customer can turn on two-step sign-in (an authenticator app and recovery codes), which
   * the backend itself enforces on every store route.
   */
  offersTwoStepSignIn: boolean;
  /** The store API lets a signed-in customer change their own email address. */
  canChangeEmail: boolean;
  /** A signed-in customer can change their password with the current one; otherwise they are sent a reset link. */
  canChangePasswordInPlace: boolean;
  /** The backend records when a shipment was delivered; otherwise "shipped" is the last news. */
  reportsDelivery: boolean;
  /** A customer has a company name of their own (otherwise only their addresses have one). */
  keepsCustomerCompany: boolean;
  /**
   * The storefront keeps a profile photo for the customer in the store's file storage: the
   * version allows it, and this server has admin credentials (MEDUSA_ADMIN_API_KEY).
   */
  storesProfilePhoto: boolean;
  /** A customer can add an order they placed without an account, through a mailed link. */
  addsGuestOrders: boolean;
  /**
   * The products' titles on an order are shown in the shopper's language where the store keeps
   * them translated (Medusa v2's translations, when the store has them on); otherwise, and in
   * the catalogue's own language, as the order keeps them.
   */
  translatesProductTitles: boolean;
};

export type BackendErrorKind =
  | 'invalid_credentials'
  | 'email_taken'
  | 'invalid_token'
  | 'not_found'
  | 'unauthorized'
  | 'invalid_input'
  /** A second-step code that is wrong; the shopper may try again. */
  | 'invalid_code'
  /** A second step that expired or was tried too often; the sign-in starts again. */
  | 'challenge_expired'
  | 'unavailable';

/** A failure with a kind the UI can map to fixed copy. `message` is for server logs only. */
export class BackendError extends Error {
  readonly kind: BackendErrorKind;
  /** The backend's HTTP status, when it answered at all. */
  readonly status: number | undefined;

  constructor(
    kind: BackendErrorKind,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'BackendError';
    this.kind = kind;
    this.status = options?.status;
  }
}

export function isBackendError(error: unknown, kind?: BackendErrorKind): error is BackendError {
  return error instanceof BackendError && (kind === undefined || error.kind === kind);
}

export type PageRequest = { page: number; pageSize: number };

/**
 * What a backend adapter implements, session first. A feature a backend lacks is a part it
 * leaves out (`twoStep`, `profilePhotos`, `changeEmail`, `changePassword`, `guestOrders`,
 * `productTitlesIn`), so every caller checks for it. Pages and actions use it through
 * `CustomerStore` (`./customer-store`), which binds the signed-in customer's session and
 * identity.
 */
export interface StoreBackend {
  readonly name: string;
  readonly capabilities: Capabilities;

  register(input: RegisterInput): Promise<SignedIn>;
  /** With two-step sign-in on, the password only opens the second step (`twoStep.completeSignIn`). */
  logIn(email: string, password: string): Promise<SignInResult>;
  /** Only where the backend offers two-step sign-in; without it `logIn` always signs in. */
  readonly twoStep?: TwoStepSignIn;
  /** Destroys the session at the backend, so a copy of the cookie stops working too. */
  logOut(session: SessionToken): Promise<void>;
  /** Resolves whether or not the email has an account. */
  requestPasswordReset(email: string): Promise<void>;
  resetPassword(input: { email: string; token: string; password: string }): Promise<void>;

  retrieveCustomer(session: SessionToken): Promise<Customer>;
  updateCustomer(session: SessionToken, update: CustomerUpdate): Promise<Customer>;
  /**
   * Ends, for the storefront, every session of this customer opened before `instant`
   * (epoch ms). Neither Medusa version can list a customer's sessions, so the instant is
   * kept on the customer (metadata) and compared with each session's sign-in time.
   */
  revokeSessionsBefore(session: SessionToken, instant: number): Promise<void>;
  /** Keeps the language the customer chose (metadata), so it follows them to other devices. */
  rememberLanguage(session: SessionToken, locale: string): Promise<void>;
  /** Only where the store keeps profile photos. */
  readonly profilePhotos?: ProfilePhotos;
  /**
   * Only where the store API lets a customer change their email. The current password is
   * checked first, so a stolen session alone cannot move the account to another address (and
   * take it over by a reset). `currentEmail` is the signed-in customer's, from the session.
   */
  changeEmail?(
    session: SessionToken,
    input: { currentEmail: string; currentPassword: string; newEmail: string },
  ): Promise<Customer>;
  /**
   * Only where a password changes in place (elsewhere the customer is sent a reset link).
   * `email` is the signed-in customer's, taken from the session, never from a form.
   */
  changePassword?(
    session: SessionToken,
    input: { email: string; currentPassword: string; newPassword: string },
  ): Promise<void>;

  listAddresses(session: SessionToken): Promise<Address[]>;
  createAddress(session: SessionToken, input: AddressInput): Promise<Address>;
  updateAddress(session: SessionToken, id: string, input: AddressInput): Promise<Address>;
  deleteAddress(session: SessionToken, id: string): Promise<void>;
  setDefaultAddress(session: SessionToken, id: string): Promise<void>;

  /** Newest first. */
  listOrders(session: SessionToken, request: PageRequest): Promise<Page<OrderSummary>>;
  /** Only the signed-in customer's own orders; anything else is `not_found`. */
  retrieveOrder(session: SessionToken, id: string): Promise<Order>;
  /** The reasons and ways to send back the items of one of the customer's own orders. */
  returnChoices(session: SessionToken, orderId: string): Promise<ReturnChoices>;
  /**
   * Asks the store to take items back. Medusa's return route takes any order id from anyone:
   * the order is read first as the session's own, and the return must fit what it may still
   * send back (`invalid_input` otherwise; nothing reaches Medusa then).
   */
  requestReturn(session: SessionToken, request: ReturnRequest): Promise<void>;
  /** Only where the store API can move a guest order into an account. */
  readonly guestOrders?: GuestOrders;
  /**
   * Only where the store can translate its products (`translatesProductTitles`): the titles the
   * store has in `language` (the storefront's own code, `de`) for these products, by product id.
   * Nothing is asked, and the map is empty, in the catalogue's own language, in a language the
   * store does not translate into, or when its translations are off. A product the store no
   * longer lists is left out. Product titles are public: no session.
   */
  productTitlesIn?(
    language: string,
    productIds: readonly string[],
  ): Promise<ReadonlyMap<string, string>>;

  listCountries(): Promise<Country[]>;
}

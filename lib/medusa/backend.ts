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
} from './types';

/**
 * The opaque value the storefront keeps in its own cookie: the backend's server-side
 * session id. Only the adapter that issued it knows what is inside.
 */
export type SessionToken = string;

export type SignedIn = { session: SessionToken; customer: Customer };

/** What differs between Medusa generations, declared instead of branched on. */
export type Capabilities = {
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
};

export type BackendErrorKind =
  | 'invalid_credentials'
  | 'email_taken'
  | 'invalid_token'
  | 'not_found'
  | 'unauthorized'
  | 'invalid_input'
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

export interface StoreBackend {
  readonly name: string;
  readonly capabilities: Capabilities;

  register(input: RegisterInput): Promise<SignedIn>;
  logIn(email: string, password: string): Promise<SignedIn>;
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
  /**
   * Only where `storesProfilePhoto`. Stores the photo in the store's file storage, names it
   * in the customer's metadata and deletes the file it replaces. `customer` is the signed-in
   * customer as just read with this session (it says which file is replaced).
   */
  setProfilePhoto(session: SessionToken, customer: Customer, photo: PhotoFile): Promise<Customer>;
  /** Only where `storesProfilePhoto`: no photo any more, and its file deleted. */
  removeProfilePhoto(session: SessionToken, customer: Customer): Promise<Customer>;
  /**
   * Only where `canChangeEmail`. The current password is checked first, so a stolen session
   * alone cannot move the account to another address (and take it over by a reset).
   * `currentEmail` is the signed-in customer's, taken from the session.
   */
  changeEmail(
    session: SessionToken,
    input: { currentEmail: string; currentPassword: string; newEmail: string },
  ): Promise<Customer>;
  /** `email` is the signed-in customer's, taken from the session, never from a form. */
  changePassword(
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

  listCountries(): Promise<Country[]>;
}

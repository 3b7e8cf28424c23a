import { isStoreFileUrl, storeFileLocation, type StoreFileLocation } from '../store-files.mjs';
import { BackendError, type BackendErrorKind } from '../store/backend';
import { errorKindForStatus, type StoreFileCheck } from './wire';

/** How long a store call may take before the shopper is told the store is not responding. */
export const DEFAULT_TIMEOUT_MS = 8_000;

export type ByStatus = Partial<Record<number, BackendErrorKind>>;

/** What every adapter is created with. */
export type AdapterOptions = {
  baseUrl: string;
  publishableApiKey?: string;
  /**
   * The storefront server's own admin credentials (a v2 secret API key, a v1 admin user's API
   * token), used only to store profile photos; without them the profile offers no upload.
   */
  adminApiKey?: string;
  timeoutMs?: number;
  /** Where the store's files are served; the backend's local file storage unless said otherwise. */
  fileLocation?: StoreFileLocation;
  /**
   * Whether to ask the store for its products' titles in the shopper's language, where the
   * version can (Medusa v2's translations); on unless said otherwise.
   */
  translations?: boolean;
  /**
   * The language the store's product titles are written in (`en`): in it they are shown as
   * stored, and nothing is asked.
   */
  catalogueLanguage?: string;
};

/** The language the catalogue is written in unless said otherwise (the dev backends' is English). */
export const DEFAULT_CATALOGUE_LANGUAGE = 'en';

/**
 * Tells the store's own files from any other URL a response holds (pictures, say). Without a
 * file location, they are where `version`'s local file storage serves them on the backend.
 */
export function storeFileCheck(
  { baseUrl, fileLocation }: AdapterOptions,
  version: 'v1' | 'v2',
): StoreFileCheck {
  const location =
    fileLocation ?? storeFileLocation({ MEDUSA_VERSION: version, MEDUSA_BACKEND_URL: baseUrl });
  return (url: unknown): url is string => isStoreFileUrl(url, location);
}

/** A client library's failure as the two facts that matter: the HTTP status, if any, and why. */
export type Failure = { status: number | undefined; detail: string };

/**
 * Each adapter's single way to call Medusa: every call has a deadline (a late answer is
 * `unavailable`, like no answer), and every failure becomes a typed `BackendError` whose kind
 * comes from the HTTP status (`byStatus` says what a status means for one call).
 * `readFailure` reads the client library's own error shape.
 */
export function createCaller(
  label: string,
  timeoutMs: number,
  readFailure: (error: unknown) => Failure,
) {
  function toBackendError(operation: string, error: unknown, byStatus: ByStatus = {}) {
    const { status, detail } = readFailure(error);
    if (status === undefined) {
      return new BackendError('unavailable', `${label} ${operation}: no response (${detail})`, {
        cause: error,
      });
    }
    return new BackendError(
      errorKindForStatus(status, byStatus),
      `${label} ${operation}: HTTP ${status} ${detail}`,
      { cause: error, status },
    );
  }

  return async function call<T>(
    operation: string,
    run: (signal: AbortSignal) => Promise<T>,
    byStatus?: ByStatus,
  ): Promise<T> {
    // The signal aborts the request at the deadline, so a write the shopper was told failed
    // is not delivered late behind their back.
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new BackendError('unavailable', `${label} ${operation}: no answer in ${timeoutMs} ms`),
        );
      }, timeoutMs);
    });
    try {
      return await Promise.race([run(controller.signal), deadline]);
    } catch (error) {
      if (error instanceof BackendError) throw error;
      throw toBackendError(operation, error, byStatus);
    } finally {
      clearTimeout(timer);
    }
  };
}

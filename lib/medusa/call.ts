import { BackendError, type BackendErrorKind } from './backend';

/** How long a store call may take before the shopper is told the store is not responding. */
export const DEFAULT_TIMEOUT_MS = 8_000;

export type ByStatus = Partial<Record<number, BackendErrorKind>>;

/**
 * Each adapter's single way to call Medusa: every call has a deadline (a late answer is
 * `unavailable`, like no answer), and every failure becomes a typed `BackendError`.
 * `toBackendError` reads the client library's own error shape.
 */
export function createCaller(
  label: string,
  timeoutMs: number,
  toBackendError: (operation: string, error: unknown, byStatus?: ByStatus) => BackendError,
) {
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

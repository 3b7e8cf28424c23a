import 'server-only';

import type { MessageRef } from './i18n/message';
import { isBackendError, type BackendErrorKind } from './store';

/**
 * Fixed copy for each failure kind, as catalogue keys (messages/*.json, `errors`): backend text
 * never reaches the browser, and the page shows the copy in the shopper's language.
 */
export const ERROR_COPY: Record<BackendErrorKind, MessageRef> = {
  invalid_credentials: 'errors.invalid_credentials',
  email_taken: 'errors.email_taken',
  invalid_token: 'errors.invalid_token',
  not_found: 'errors.not_found',
  unauthorized: 'errors.unauthorized',
  invalid_input: 'errors.invalid_input',
  invalid_code: 'errors.invalid_code',
  challenge_expired: 'errors.challenge_expired',
  unavailable: 'errors.unavailable',
};

export function errorKind(error: unknown): BackendErrorKind {
  return isBackendError(error) ? error.kind : 'unavailable';
}

/** Logs the full error server-side and returns the copy the shopper sees. */
export function describeFailure(context: string, error: unknown): MessageRef {
  const kind = errorKind(error);
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`[account] ${context} failed (${kind}): ${detail}`);
  return ERROR_COPY[kind];
}

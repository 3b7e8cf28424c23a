import 'server-only';

import { isBackendError, type BackendErrorKind } from './store';

/** Fixed copy for each failure kind; backend text never reaches the browser. */
export const ERROR_COPY: Record<BackendErrorKind, string> = {
  invalid_credentials: 'That email and password do not match an account.',
  email_taken: 'An account already uses this email address. Sign in, or reset your password.',
  invalid_token: 'This password reset link has expired or has already been used.',
  not_found: 'We could not find that. It may have been removed.',
  unauthorized: 'Your session has expired. Please sign in again.',
  invalid_input: 'Some of these details were not accepted. Check them and try again.',
  invalid_code: 'That code is not right. Check your authenticator app and try again.',
  challenge_expired:
    'This sign-in took too long or had too many wrong codes. Please sign in again.',
  unavailable: 'The store is not responding right now. Please try again in a moment.',
};

export function errorKind(error: unknown): BackendErrorKind {
  return isBackendError(error) ? error.kind : 'unavailable';
}

/** Logs the full error server-side and returns the copy the shopper sees. */
export function describeFailure(context: string, error: unknown): string {
  const kind = errorKind(error);
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`[account] ${context} failed (${kind}): ${detail}`);
  return ERROR_COPY[kind];
}

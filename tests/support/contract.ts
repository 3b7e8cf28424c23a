import { expect } from 'vitest';

import { BackendError, type BackendErrorKind } from '@/lib/store';

// What the contract suites share: a failure of a given kind, and emails no run has used.

export async function expectKind(promise: Promise<unknown>, kind: BackendErrorKind) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a BackendError of kind ${kind}`).toBeInstanceOf(BackendError);
  expect((error as BackendError).kind).toBe(kind);
}

let counter = 0;
export const uniqueEmail = (label: string) =>
  `contract-${label}-${Date.now().toString(36)}-${++counter}@example.com`;

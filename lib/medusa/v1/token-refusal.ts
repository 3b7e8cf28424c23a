import 'server-only';

import { BackendError, isBackendError } from '../../store/backend';
import type { V1Context } from './client';

/**
 * Medusa v1 answers a token it refuses (expired, forged, already used) with a bare 500, as it
 * answers a failing database: its routes verify the JWT without catching the library's error.
 * Asks the store something that needs the database: if that works, the 500 was about the token
 * (`invalid_token`); if not, the store is down and the link may be fine (the error as it was).
 */
export async function asTokenRefusal(
  { call, medusa }: Pick<V1Context, 'call' | 'medusa'>,
  operation: string,
  error: unknown,
): Promise<never> {
  if (!isBackendError(error, 'unavailable') || error.status !== 500) throw error;
  const storeAnswers = await call(`${operation}.probe`, () => medusa.regions.list()).then(
    () => true,
    () => false,
  );
  if (!storeAnswers) throw error;
  throw new BackendError('invalid_token', `v1 ${operation}: 500 while the store answers`, {
    cause: error,
  });
}

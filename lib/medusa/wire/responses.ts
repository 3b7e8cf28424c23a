import { z } from 'zod';

import { BackendError, type BackendErrorKind } from '../../store/backend';
import type { Page } from '../../store/types';

// What the v1 and v2 store APIs have in common around every answer: HTTP statuses, the
// `connect.sid` session cookie, lists with a count. Response shapes are checked where they
// enter (zod): a malformed or unexpected answer is `unavailable`, never a crash deeper in the
// storefront.

export const MEDUSA_SESSION_COOKIE = 'connect.sid';

/** Where each dev backend listens unless told otherwise (MEDUSA_V1_PORT / MEDUSA_V2_PORT). */
export const DEFAULT_BACKEND_URLS = {
  v1: 'http://localhost:9000',
  v2: 'http://localhost:9001',
} as const;

/** A text field as Medusa sends it: absent, null or a string. */
export const rawText = z.string().nullish();
/** An amount as Medusa sends it; absent or null where the store did not compute it. */
export const rawMoney = z.number().nullish();

/** The body of a list both versions answer as `{ <key>: [...], count }`. */
export const rawListOf = <Key extends string, Item extends z.ZodType>(key: Key, item: Item) =>
  z.object({ [key]: z.array(item), count: z.number() } as { [K in Key]: z.ZodArray<Item> } & {
    count: z.ZodNumber;
  });

/** Checks a response body against its expected shape. */
export function parseResponse<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new BackendError('unavailable', `${what}: malformed response (${where})`);
  }
  return result.data;
}

/**
 * The item with `id` in a list the backend answered (an order among the customer's own, an
 * address after an update), or `not_found`: never something that merely came first.
 */
export function requireById<T extends { id: string }>(
  items: readonly T[] | null | undefined,
  id: string,
  what: string,
): T {
  const found = items?.find((item) => item.id === id);
  if (!found) throw new BackendError('not_found', `${what}: ${id} is not the customer's`);
  return found;
}

/** What an HTTP status means, unless the call says otherwise (`byStatus`). */
export function errorKindForStatus(
  status: number,
  byStatus: Partial<Record<number, BackendErrorKind>> = {},
): BackendErrorKind {
  return (
    byStatus[status] ??
    (status === 401 || status === 403
      ? 'unauthorized'
      : status === 404
        ? 'not_found'
        : status === 400 || status === 422
          ? 'invalid_input'
          : 'unavailable')
  );
}

/** The session id from a response's Set-Cookie headers. */
export function sessionFromSetCookie(headers: readonly string[]): string | null {
  for (const header of headers) {
    const [pair] = header.split(';');
    const [name, ...value] = (pair ?? '').split('=');
    if (name?.trim() === MEDUSA_SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/** A page of a list both versions return as `{ <items>, count }` for a limit and offset. */
export function pageOf<T>(
  items: T[],
  count: number,
  { page, pageSize }: { page: number; pageSize: number },
): Page<T> {
  return { items, count, page, pageSize, pageCount: Math.max(1, Math.ceil(count / pageSize)) };
}

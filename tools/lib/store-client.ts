// A small client for a Medusa store API, for the seed, the benchmark and the browser suites'
// checkout (which is why it imports nothing that needs ES modules: Playwright loads the suites
// as CommonJS).
import fs from 'node:fs';

import { MEDUSA_SESSION_COOKIE } from '../../lib/medusa/wire/responses';

/** The item of a list the seed cannot go on without. */
export function first<T>(list: readonly T[] | undefined, what: string): T {
  const item = list?.[0];
  if (item === undefined) throw new Error(`no ${what}`);
  return item;
}

type Headers = Record<string, string>;

/**
 * Seeding talks to our own freshly seeded backend, so answers are typed by what the caller
 * expects rather than checked.
 */
export class StoreClient {
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Headers = {},
  ) {}

  async request(
    method: string,
    pathname: string,
    body?: unknown,
    session?: string,
    extraHeaders: Headers = {},
  ) {
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(session ? { cookie: `${MEDUSA_SESSION_COOKIE}=${session}` } : {}),
        ...this.headers,
        ...extraHeaders,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return { json: (text ? JSON.parse(text) : {}) as unknown, response };
  }

  /** Uploads files as a merchant's browser would (multipart, field `files`). */
  async upload<T>(pathname: string, files: readonly { name: string; file: string }[]): Promise<T> {
    const form = new FormData();
    for (const { name, file } of files)
      form.append('files', new Blob([fs.readFileSync(file)], { type: 'image/png' }), name);
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method: 'POST',
      headers: { accept: 'application/json', ...this.headers },
      body: form,
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`POST ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  async get<T>(pathname: string, session?: string): Promise<T> {
    return (await this.request('GET', pathname, undefined, session)).json as T;
  }

  async post<T>(pathname: string, body: unknown, session?: string, headers?: Headers): Promise<T> {
    return (await this.request('POST', pathname, body, session, headers)).json as T;
  }

  /** POSTs and returns the Medusa session (connect.sid) the response sets. */
  async signUp(pathname: string, body: unknown, headers?: Headers): Promise<string> {
    const { response } = await this.request('POST', pathname, body, undefined, headers);
    const prefix = `${MEDUSA_SESSION_COOKIE}=`;
    for (const header of response.headers.getSetCookie()) {
      const value = header.startsWith(prefix) ? header.slice(prefix.length).split(';')[0] : '';
      if (value) return value;
    }
    throw new Error(`${pathname}: no session cookie`);
  }
}

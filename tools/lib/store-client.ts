// The one client for a Medusa store API: the seed, the benchmark, the browser suites' checkout
// and their store API fixture (tests/support/store-api.ts) all send through it. It imports
// nothing that needs ES modules: Playwright loads the suites as CommonJS.
import fs from 'node:fs';

import { MEDUSA_SESSION_COOKIE } from '../../lib/medusa/wire/responses';

/** The item of a list the seed cannot go on without. */
export function first<T>(list: readonly T[] | undefined, what: string): T {
  const item = list?.[0];
  if (item === undefined) throw new Error(`no ${what}`);
  return item;
}

type Headers = Record<string, string>;

/** What the store API answered, whatever its status. */
export type StoreAnswer = { status: number; ok: boolean; text: string; response: Response };

/** One request's parts: a JSON (or multipart) body, the Medusa session, headers of its own. */
export type StoreCall = { body?: unknown; session?: string; headers?: Headers };

/** The answer's JSON; throws with the status and the start of the body unless it is a 2xx. */
export function jsonOf<T = unknown>(what: string, answer: StoreAnswer): T {
  if (!answer.ok) throw new Error(`${what}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
  return (answer.text ? JSON.parse(answer.text) : {}) as T;
}

/** The Medusa session (connect.sid) a response sets, if it sets one. */
export function sessionSetBy(response: Response): string | undefined {
  const prefix = `${MEDUSA_SESSION_COOKIE}=`;
  for (const header of response.headers.getSetCookie()) {
    const value = header.startsWith(prefix) ? header.slice(prefix.length).split(';')[0] : '';
    if (value) return value;
  }
  return undefined;
}

/**
 * Seeding talks to our own freshly seeded backend, so answers are typed by what the caller
 * expects rather than checked.
 */
export class StoreClient {
  constructor(
    readonly baseUrl: string,
    private readonly headers: Headers = {},
    /** Sent as `x-publishable-api-key` on the store routes (`/store/…`) only. */
    private readonly publishableKey?: string,
  ) {}

  /** Sends one request and answers what came back, whatever its status. */
  async send(
    method: string,
    pathname: string,
    { body, session, headers = {} }: StoreCall = {},
  ): Promise<StoreAnswer> {
    const multipart = body instanceof FormData;
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body && !multipart ? { 'content-type': 'application/json' } : {}),
        ...(session ? { cookie: `${MEDUSA_SESSION_COOKIE}=${session}` } : {}),
        ...(this.publishableKey && pathname.startsWith('/store')
          ? { 'x-publishable-api-key': this.publishableKey }
          : {}),
        ...this.headers,
        ...headers,
      },
      body: multipart ? body : body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, ok: response.ok, text: await response.text(), response };
  }

  /** Sends one request; throws unless the answer is a 2xx. */
  async request(
    method: string,
    pathname: string,
    body?: unknown,
    session?: string,
    extraHeaders: Headers = {},
  ) {
    const answer = await this.send(method, pathname, { body, session, headers: extraHeaders });
    return { json: jsonOf(`${method} ${pathname}`, answer), response: answer.response };
  }

  /** Uploads files as a merchant's browser would (multipart, field `files`). */
  async upload<T>(pathname: string, files: readonly { name: string; file: string }[]): Promise<T> {
    const form = new FormData();
    for (const { name, file } of files)
      form.append('files', new Blob([fs.readFileSync(file)], { type: 'image/png' }), name);
    return (await this.request('POST', pathname, form)).json as T;
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
    const session = sessionSetBy(response);
    if (!session) throw new Error(`${pathname}: no session cookie`);
    return session;
  }
}

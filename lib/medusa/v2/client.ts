import 'server-only';

import Medusa, { FetchError } from '@medusajs/js-sdk';

import { adapterBase, type AdapterBase } from '../adapter';
import {
  DEFAULT_CATALOGUE_LANGUAGE,
  type AdapterOptions,
  type ByStatus,
  type Failure,
} from '../call';
import * as wire from '../wire';

// Medusa v2 through @medusajs/js-sdk. A sign-in's JWT is exchanged at once for Medusa's
// server-side session (`POST /auth/session`): the storefront cookie holds that session id,
// never a bare JWT (which would stay valid for 24 h after sign-out). The shared SDK instance
// stores no token; each call carries the customer's session as a Cookie header.

export type RequestInit = {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
};

/** What every v2 concern is built from. */
export type V2Context = AdapterBase & {
  sdk: Medusa;
  /** One store or auth route, with the call's deadline as its abort signal. */
  request: (
    operation: string,
    path: string,
    init: RequestInit,
    byStatus?: ByStatus,
  ) => Promise<unknown>;
  /** The headers that make a call the signed-in customer's. */
  asCustomer: (session: string) => { cookie: string };
  /**
   * Where to ask for product titles in the shopper's language: never (null), or in any language
   * but the one the catalogue is written in.
   */
  translations: { catalogueLanguage: string } | null;
};

/** A js-sdk rejection: `FetchError` carries the status; anything else got no answer. */
function readFailure(error: unknown): Failure {
  const status = error instanceof FetchError ? error.status : undefined;
  return { status, detail: error instanceof Error ? error.message : String(error) };
}

export function createV2Context(options: AdapterOptions): V2Context {
  const base = adapterBase(options, 'v2', readFailure);
  if (!options.publishableApiKey) {
    throw new Error(
      'Medusa v2 needs a publishable API key: set MEDUSA_PUBLISHABLE_KEY or MEDUSA_PUBLISHABLE_KEY_FILE',
    );
  }
  const sdk = new Medusa({
    baseUrl: options.baseUrl,
    publishableKey: options.publishableApiKey,
    auth: { type: 'jwt', jwtTokenStorageMethod: 'nostore' },
  });
  const { call } = base;
  return {
    ...base,
    sdk,
    request: (operation, path, init, byStatus) =>
      call(operation, (signal) => sdk.client.fetch<unknown>(path, { ...init, signal }), byStatus),
    asCustomer: (session) => ({ cookie: `${wire.MEDUSA_SESSION_COOKIE}=${session}` }),
    translations:
      options.translations === false
        ? null
        : { catalogueLanguage: options.catalogueLanguage ?? DEFAULT_CATALOGUE_LANGUAGE },
  };
}

import 'server-only';

import Medusa from '@medusajs/medusa-js';

import { adapterBase, type AdapterBase } from '../adapter';
import type { AdapterOptions, Failure } from '../call';
import * as wire from '../wire';

// Medusa v1 through @medusajs/medusa-js. The client keeps no cookies in Node, so the
// session travels with each call as a Cookie header; the shared client never holds a
// customer's identity.

/** What every v1 concern is built from. */
export type V1Context = AdapterBase & {
  medusa: Medusa;
  /** The headers that make a call the signed-in customer's. */
  asCustomer: (session: string) => { Cookie: string };
};

type AxiosLikeError = {
  response?: { status?: number; data?: { type?: string; code?: string; message?: string } };
  code?: string;
  message?: string;
};

/** An axios rejection: a response's status and message, or the network error's code. */
function readFailure(error: unknown): Failure {
  const e = error as AxiosLikeError;
  const status = e.response?.status;
  const detail = e.response?.data?.message ?? e.code ?? e.message ?? String(error);
  return { status, detail };
}

export function createV1Context(options: AdapterOptions): V1Context {
  const { baseUrl, publishableApiKey } = options;
  const medusa = new Medusa({ baseUrl, maxRetries: 0, publishableApiKey });
  const base = adapterBase(options, 'v1', readFailure);
  // axios also gives up at the deadline, so a late request does not hold a socket.
  medusa.client['axiosClient'].defaults.timeout = base.timeoutMs;
  return {
    ...base,
    medusa,
    asCustomer: (session) => ({ Cookie: `${wire.MEDUSA_SESSION_COOKIE}=${session}` }),
  };
}

import 'server-only';

import type { StoreBackend } from './backend';
import { createV1Backend } from './v1';
import { createV2Backend } from './v2';

export type { StoreBackend, Capabilities, SessionToken, BackendErrorKind } from './backend';
export { BackendError, isBackendError } from './backend';
export type * from './types';

export type BackendConfig = {
  version: 'v1' | 'v2';
  baseUrl: string;
  publishableApiKey?: string;
};

const DEFAULT_URLS = { v1: 'http://localhost:9000', v2: 'http://localhost:9001' } as const;

/** Reads MEDUSA_VERSION, MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY. */
export function readBackendConfig(
  env: Record<string, string | undefined> = process.env,
): BackendConfig {
  const version = (env.MEDUSA_VERSION ?? 'v2').trim().toLowerCase();
  if (version !== 'v1' && version !== 'v2') {
    throw new Error(`MEDUSA_VERSION must be "v1" or "v2", got "${version}"`);
  }
  return {
    version,
    baseUrl: (env.MEDUSA_BACKEND_URL ?? DEFAULT_URLS[version]).replace(/\/+$/, ''),
    publishableApiKey: env.MEDUSA_PUBLISHABLE_KEY || undefined,
  };
}

export function createBackend(config: BackendConfig): StoreBackend {
  switch (config.version) {
    case 'v1':
      return createV1Backend(config);
    case 'v2':
      return createV2Backend(config);
  }
}

let backend: StoreBackend | undefined;

/** The backend this server talks to, chosen once from the environment. */
export function getBackend(): StoreBackend {
  backend ??= createBackend(readBackendConfig());
  return backend;
}

import 'server-only';

import { readSetting, SettingError } from '../settings';
import { storeFileLocation, type StoreFileLocation } from '../store-files.mjs';
import type { StoreBackend } from '../store/backend';
import { DEFAULT_TIMEOUT_MS } from './call';
import { createV1Backend } from './v1';
import { createV2Backend } from './v2';
import { DEFAULT_BACKEND_URLS } from './wire';

export type BackendConfig = {
  version: 'v1' | 'v2';
  baseUrl: string;
  publishableApiKey?: string;
  /** The server's admin credentials, for profile photos (MEDUSA_ADMIN_API_KEY). */
  adminApiKey?: string;
  /** Deadline for one store call; a late answer counts as no answer. */
  timeoutMs?: number;
  /** Where the store's files (product pictures) are served; only those are shown. */
  fileLocation?: StoreFileLocation;
};

/**
 * Reads MEDUSA_VERSION, MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY (or the file named by
 * MEDUSA_PUBLISHABLE_KEY_FILE), MEDUSA_ADMIN_API_KEY (or MEDUSA_ADMIN_API_KEY_FILE),
 * MEDUSA_TIMEOUT_MS and MEDUSA_FILE_URL.
 */
export function readBackendConfig(
  env: Record<string, string | undefined> = process.env,
): BackendConfig {
  const version = (env.MEDUSA_VERSION ?? 'v2').trim().toLowerCase();
  if (version !== 'v1' && version !== 'v2') {
    throw new Error(`MEDUSA_VERSION must be "v1" or "v2", got "${version}"`);
  }
  const baseUrl = (env.MEDUSA_BACKEND_URL ?? DEFAULT_BACKEND_URLS[version]).replace(/\/+$/, '');
  return {
    version,
    baseUrl,
    publishableApiKey: readKey(env, 'MEDUSA_PUBLISHABLE_KEY'),
    adminApiKey: readKey(env, 'MEDUSA_ADMIN_API_KEY'),
    timeoutMs: readTimeout(env.MEDUSA_TIMEOUT_MS),
    fileLocation: storeFileLocation({ ...env, MEDUSA_BACKEND_URL: baseUrl }),
  };
}

/**
 * A key from the variable `name`, else from the file `<name>_FILE` names (a Medusa container
 * writes its keys to a shared volume when it starts). A file that is named but missing,
 * unreadable or blank is a deployment mistake, refused like a missing key.
 */
function readKey(
  env: Record<string, string | undefined>,
  name: 'MEDUSA_PUBLISHABLE_KEY' | 'MEDUSA_ADMIN_API_KEY',
): string | undefined {
  const setting = readSetting(env, name);
  const key = setting?.text.trim();
  if (setting && !key) throw new SettingError(`${setting.source} is empty`);
  return key;
}

function readTimeout(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 120_000) {
    throw new Error(
      `MEDUSA_TIMEOUT_MS must be milliseconds between 100 and 120000, got "${value}"`,
    );
  }
  return ms;
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

import 'server-only';

import { readSetting, SettingError } from '../settings';
import { storeFileLocation, type StoreFileLocation } from '../store-files.mjs';
import type { StoreBackend } from '../store/backend';
import { DEFAULT_CATALOGUE_LANGUAGE, DEFAULT_TIMEOUT_MS } from './call';
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
  /** Ask the store for product titles in the shopper's language (MEDUSA_TRANSLATIONS). */
  translations?: boolean;
  /** The language the product titles are written in (MEDUSA_CATALOGUE_LANGUAGE). */
  catalogueLanguage?: string;
};

/**
 * Reads MEDUSA_VERSION, MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY (or the file named by
 * MEDUSA_PUBLISHABLE_KEY_FILE), MEDUSA_ADMIN_API_KEY (or MEDUSA_ADMIN_API_KEY_FILE),
 * MEDUSA_TIMEOUT_MS, MEDUSA_FILE_URL, MEDUSA_TRANSLATIONS and MEDUSA_CATALOGUE_LANGUAGE.
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
    translations: readTranslations(env.MEDUSA_TRANSLATIONS),
    catalogueLanguage: readCatalogueLanguage(env.MEDUSA_CATALOGUE_LANGUAGE),
  };
}

/** MEDUSA_TRANSLATIONS: `on` (the default) or `off`. */
function readTranslations(value: string | undefined): boolean {
  const setting = value?.trim().toLowerCase() || 'on';
  if (setting !== 'on' && setting !== 'off') {
    throw new SettingError(`MEDUSA_TRANSLATIONS must be "on" or "off", got "${value}"`);
  }
  return setting === 'on';
}

/** MEDUSA_CATALOGUE_LANGUAGE: a language's code (`en`, `de`), the primary subtag alone. */
function readCatalogueLanguage(value: string | undefined): string {
  const language = value?.trim().toLowerCase() || DEFAULT_CATALOGUE_LANGUAGE;
  if (!/^[a-z]{2,3}$/.test(language)) {
    throw new SettingError(
      `MEDUSA_CATALOGUE_LANGUAGE must be a language's code such as "en" or "de", got "${value}"`,
    );
  }
  return language;
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

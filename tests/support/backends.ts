import fs from 'node:fs';
import path from 'node:path';

import { CAPABILITIES } from '../../lib/medusa/capabilities';
import { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire';

export type MedusaVersion = 'v1' | 'v2';

export type BackendInfo = {
  version: MedusaVersion;
  /** Medusa's own URL, for fixtures that set up or check data over its HTTP API. */
  url: string;
  publishableKey?: string;
  /** Where the dev backend writes password-reset mails. */
  outboxFile: string;
  /** The storefront instance the browser tests drive for this backend. */
  storefrontPort: number;
  /** What the storefront's adapter declares this backend can do. */
  capabilities: { canChangeEmail: boolean; canChangePasswordInPlace: boolean };
};

export const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, '.data');

const STOREFRONT_PORTS: Record<MedusaVersion, number> = { v1: 3101, v2: 3102 };

/** Versions under test: E2E_VERSIONS="v1,v2", default both whose backend state file exists. */
export function versionsUnderTest(env = process.env): MedusaVersion[] {
  const listed = (env.E2E_VERSIONS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is MedusaVersion => v === 'v1' || v === 'v2');
  if (listed.length) return listed;
  const running = (['v1', 'v2'] as const).filter((v) =>
    fs.existsSync(path.join(DATA, `backend-${v}.json`)),
  );
  return running.length ? [...running] : ['v1'];
}

/** What the backend script recorded when it brought this version up, overridable by env. */
export function backendInfo(version: MedusaVersion, env = process.env): BackendInfo {
  let recorded: { url?: string; publishableKey?: string } = {};
  try {
    recorded = JSON.parse(fs.readFileSync(path.join(DATA, `backend-${version}.json`), 'utf8'));
  } catch {
    // Not started by our script: rely on the environment and defaults.
  }
  const upper = version.toUpperCase();
  return {
    version,
    url: env[`E2E_MEDUSA_${upper}_URL`] ?? recorded.url ?? DEFAULT_BACKEND_URLS[version],
    publishableKey: env[`E2E_MEDUSA_${upper}_PUBLISHABLE_KEY`] ?? recorded.publishableKey,
    outboxFile: path.join(DATA, 'outbox', `${version}.jsonl`),
    storefrontPort: STOREFRONT_PORTS[version],
    capabilities: CAPABILITIES[version],
  };
}

/** A storefront pointed at a closed port, to show what a shopper sees when Medusa is down. */
export const DOWN_STOREFRONT_PORT = 3109;

export const SEEDED = {
  demo: {
    email: process.env.DEMO_EMAIL ?? 'demo@example.com',
    password: process.env.DEMO_PASSWORD ?? 'demo-password-1',
    firstName: 'Dana',
    lastName: 'Demo',
    orderCount: 27,
  },
  other: {
    email: process.env.OTHER_EMAIL ?? 'other@example.com',
    password: process.env.OTHER_PASSWORD ?? 'other-password-1',
    firstName: 'Olly',
    lastName: 'Other',
    orderCount: 3,
  },
};

/**
 * The storefronts under test run as production builds, so their session cookie is the
 * `__Host-` one, signed with this development-only secret (set in playwright.config.ts).
 */
export const E2E_SESSION_SECRET = 'e2e-only-session-secret-not-for-production-0001';
export const STOREFRONT_SESSION_COOKIE = '__Host-account_session';

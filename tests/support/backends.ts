import fs from 'node:fs';
import path from 'node:path';

import { E2E_SESSION_SECRET as DEV_E2E_SESSION_SECRET } from '../../lib/dev-secrets';
import type { Capabilities } from '../../lib/store/backend';
import { capabilitiesOf } from '../../lib/medusa/capabilities';
import { generateSigningJwk } from '../../lib/identity/keys';
import { DEFAULT_BACKEND_URLS } from '../../lib/medusa/wire/responses';

export type MedusaVersion = 'v1' | 'v2';

export type BackendInfo = {
  version: MedusaVersion;
  /** Medusa's own URL, for fixtures that set up or check data over its HTTP API. */
  url: string;
  publishableKey?: string;
  /**
   * The admin credentials the storefront under test was given for profile photos
   * (MEDUSA_ADMIN_API_KEY); without them it offers no upload.
   */
  adminApiKey?: string;
  /** Where the dev backend writes password-reset mails. */
  outboxFile: string;
  /** The storefront the browser tests drive for this backend, as the browser reaches it. */
  storefrontUrl: string;
  /** What the storefront's adapter declares this backend can do. */
  capabilities: Capabilities;
};

export const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, '.data');

/**
 * A storefront that runs elsewhere (a container, a staging site), for one version:
 * E2E_STOREFRONT_V1_URL / E2E_STOREFRONT_V2_URL. With any of them set, the suite starts no
 * storefront of its own.
 */
export function externalStorefront(version: MedusaVersion, env = process.env) {
  return env[`E2E_STOREFRONT_${version.toUpperCase()}_URL`] || undefined;
}

export const usesExternalStorefronts = (env = process.env) =>
  (['v1', 'v2'] as const).some((v) => externalStorefront(v, env));

/**
 * Versions under test: E2E_VERSIONS="v1,v2"; else those with an external storefront; else
 * both whose backend state file exists.
 */
export function versionsUnderTest(env = process.env): MedusaVersion[] {
  const listed = (env.E2E_VERSIONS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is MedusaVersion => v === 'v1' || v === 'v2');
  if (listed.length) return listed;
  const external = (['v1', 'v2'] as const).filter((v) => externalStorefront(v, env));
  if (external.length) return [...external];
  const running = (['v1', 'v2'] as const).filter((v) =>
    fs.existsSync(path.join(DATA, `backend-${v}.json`)),
  );
  return running.length ? [...running] : ['v1'];
}

/** What the backend script recorded when it brought this version up, overridable by env. */
export function backendInfo(version: MedusaVersion, env = process.env): BackendInfo {
  let recorded: { url?: string; publishableKey?: string; adminApiKey?: string } = {};
  try {
    recorded = JSON.parse(fs.readFileSync(path.join(DATA, `backend-${version}.json`), 'utf8'));
  } catch {
    // Not started by our script: rely on the environment and defaults.
  }
  const upper = version.toUpperCase();
  const external = externalStorefront(version, env);
  const adminApiKey =
    env[`E2E_MEDUSA_${upper}_ADMIN_API_KEY`] ??
    readKeyFile(env[`E2E_MEDUSA_${upper}_ADMIN_API_KEY_FILE`]) ??
    recorded.adminApiKey;
  return {
    version,
    url: env[`E2E_MEDUSA_${upper}_URL`] ?? recorded.url ?? DEFAULT_BACKEND_URLS[version],
    publishableKey:
      env[`E2E_MEDUSA_${upper}_PUBLISHABLE_KEY`] ??
      readKeyFile(env[`E2E_MEDUSA_${upper}_PUBLISHABLE_KEY_FILE`]) ??
      recorded.publishableKey,
    adminApiKey,
    outboxFile: path.join(env.E2E_OUTBOX_DIR ?? path.join(DATA, 'outbox'), `${version}.jsonl`),
    storefrontUrl: external
      ? browserUrl(external)
      : `http://localhost:${LOCAL_STOREFRONT_PORTS[version]}`,
    capabilities: capabilitiesOf(version, {
      hasAdminApiKey: Boolean(adminApiKey),
      // The storefront under test reads the same environment (MEDUSA_TRANSLATIONS).
      asksTranslations: !translationsOff(env),
    }),
  };
}

/**
 * MEDUSA_TRANSLATIONS=off: the dev backend runs without Medusa v2's translations (and seeds
 * none), and a storefront given the same environment does not ask for them.
 */
export const translationsOff = (env = process.env) =>
  env.MEDUSA_TRANSLATIONS?.trim().toLowerCase() === 'off';

/** A key handed off in a file (a Medusa container writes one to a shared volume). */
function readKeyFile(file: string | undefined) {
  if (!file) return undefined;
  return fs.readFileSync(file, 'utf8').trim() || undefined;
}

/** The port of the storefront the suite starts per version, when none is external. */
export const LOCAL_STOREFRONT_PORTS: Record<MedusaVersion, number> = { v1: 3101, v2: 3102 };

/** A storefront pointed at a closed port, to show what a shopper sees when Medusa is down. */
export const DOWN_STOREFRONT_PORT = 3109;

/** That storefront as the browser reaches it: E2E_DOWN_STOREFRONT_URL, or the suite's own. */
export function downStorefrontUrl(env = process.env) {
  const external = env.E2E_DOWN_STOREFRONT_URL;
  return external ? browserUrl(external) : `http://localhost:${DOWN_STOREFRONT_PORT}`;
}

/**
 * The storefront's session cookie is `__Host-` and Secure, which a browser keeps only from a
 * secure context: https, or loopback. A plain-http storefront on another host (a container
 * on a compose network) is therefore reached through a forwarder on this machine's loopback,
 * on the same port (tests/support/forward.mjs, started by playwright.config.ts).
 */
export function needsLoopbackForwarder(url: string) {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

export function browserUrl(url: string) {
  if (!needsLoopbackForwarder(url)) return url.replace(/\/$/, '');
  const { port } = new URL(url);
  return `http://localhost:${port || 80}`;
}

type WorldPersona = {
  key: string;
  /** The variables that override a customer's seeded email and password, where any do. */
  emailEnv?: string;
  passwordEnv?: string;
  persona?: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  /** Two-step sign-in on (Medusa v2), with this authenticator secret. */
  twoStep?: { secret: string };
  /** Placed with the persona's email without an account, so not yet in their list. */
  guestOrders?: { items: { product: string; quantity: number }[] }[];
  orders: {
    items: { product: string; quantity: number }[];
    discount?: string;
    merchant?: ({ do: string; tracking?: { number: string; url: string }[] } & Record<
      string,
      unknown
    >)[];
  }[];
};

export type PersonaKey =
  | 'shipped'
  | 'partial'
  | 'delivered'
  | 'cancelled'
  | 'refunded'
  | 'protected'
  | 'returnable'
  | 'guest';

const world = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'backend', 'seed-world.json'), 'utf8'),
) as {
  customers: WorldPersona[];
  products: { handle: string; title: string; translations?: Record<string, { title: string }> }[];
  locales: Record<string, string>;
};

/**
 * The seeded customers whose orders the merchant acted on (backend/seed-world.json): one per
 * order state support staff are asked about.
 */
export const PERSONAS = Object.fromEntries(
  world.customers.filter((c) => c.persona).map((c) => [c.key, c]),
) as Record<PersonaKey, WorldPersona>;

/**
 * A seeded customer without a persona (backend/seed-world.json), with the email and password
 * its variables give (DEMO_EMAIL, …) where set, and how many orders it was seeded with.
 */
function seededCustomer(key: 'demo' | 'other') {
  const customer = world.customers.find((c) => c.key === key)!;
  return {
    email: process.env[customer.emailEnv!] ?? customer.email,
    password: process.env[customer.passwordEnv!] ?? customer.password,
    firstName: customer.firstName,
    lastName: customer.lastName,
    orderCount: customer.orders.length,
    /** The handle of the first product of the newest order (the last one seeded). */
    newestOrderProduct: customer.orders.at(-1)!.items[0]!.product,
  };
}

export const SEEDED = { demo: seededCustomer('demo'), other: seededCustomer('other') };

/**
 * A seeded product's title, by its handle: as stored (English), or in one of the store's other
 * languages (`de`, `fr`: Medusa v2's translations), where the seed gives it one there.
 */
export function productTitle(handle: string, language?: string): string {
  const product = world.products.find((p) => p.handle === handle);
  if (!product) throw new Error(`no seeded product ${handle}`);
  return (language && product.translations?.[language]?.title) || product.title;
}

/** The seeded v2 store's languages as Medusa names them, by the storefront's language. */
export const STORE_LOCALES: Readonly<Record<string, string>> = world.locales;

/**
 * The storefronts under test run as production builds, so their session cookie is the
 * `__Host-` one, signed with this development-only secret (set in playwright.config.ts). A
 * storefront that runs elsewhere tells the suite its secret in E2E_SESSION_SECRET.
 */
export const E2E_SESSION_SECRET = process.env.E2E_SESSION_SECRET || DEV_E2E_SESSION_SECRET;
export const STOREFRONT_SESSION_COOKIE = '__Host-account_session';

/**
 * The example app (examples/identity-verifier) the identity journeys run, one per version so
 * both projects can run at once, on loopback: the same site as the storefront, so the
 * shopper's cookie goes with the widget's request.
 */
export const EXAMPLE_APP_PORTS: Record<MedusaVersion, number> = { v1: 4101, v2: 4102 };

/** The apps the suite's storefronts register (IDENTITY_APPS; compose.yaml registers the same). */
export const E2E_IDENTITY_APPS = [
  {
    clientId: 'e2e-widget',
    name: 'End-to-end example widget',
    origins: Object.values(EXAMPLE_APP_PORTS).map((port) => `http://localhost:${port}`),
    shareEmail: true,
  },
  { clientId: 'e2e-no-email', name: 'An app not shown the email', origins: [], shareEmail: false },
];

/**
 * The storefronts' signing keys, which the suite also reads to make tokens of its own (an
 * expired one): E2E_IDENTITY_SIGNING_KEYS_FILE for a storefront elsewhere, else a file made
 * once in .data/ (test-only keys).
 */
export function e2eIdentityKeysFile(env = process.env): string {
  const file = env.E2E_IDENTITY_SIGNING_KEYS_FILE || path.join(DATA, 'e2e-identity-keys.json');
  if (!env.E2E_IDENTITY_SIGNING_KEYS_FILE && !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify([generateSigningJwk('e2e-1')], null, 2)}\n`);
  }
  return file;
}

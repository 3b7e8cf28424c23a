import { test as base, expect, type Page } from '@playwright/test';

import {
  backendInfo,
  STOREFRONT_SESSION_COOKIE,
  type BackendInfo,
} from '../tests/support/backends';
import { signInThroughForm, uniqueEmail, type Credentials } from '../tests/support/browser';
import { backendSessionOf } from '../tests/support/session-cookie';
import { StoreApi } from '../tests/support/store-api';

// The Playwright fixtures of the browser suites: the backend a project runs against, its store
// API, customers made for one test, and the browser's account. The steps and helpers the specs
// share come from the test kit (tests/support/).

export { expect };

export type TestCustomer = Credentials & {
  firstName: string;
  lastName: string;
  /** A backend session of the fixture's own, for reading what the backend stored. */
  session: string;
};

type Fixtures = {
  api: StoreApi;
  customers: { create(overrides?: Partial<Omit<TestCustomer, 'session'>>): Promise<TestCustomer> };
  account: {
    signIn(credentials: Credentials): Promise<void>;
    /** The backend session held in this browser's storefront cookie. */
    sessionCookie(): Promise<string | undefined>;
    /** The storefront cookie's value as the browser holds it, for replaying elsewhere. */
    rawSessionCookie(): Promise<string | undefined>;
  };
  signedIn: {
    /**
     * A new customer (with `overrides`), signed in through the form, then on `path` (else on
     * the overview, where signing in lands).
     */
    newCustomer(
      path?: string,
      overrides?: Partial<Omit<TestCustomer, 'session'>>,
    ): Promise<TestCustomer>;
    /** Signs in as `credentials` through the form and opens `path`. */
    as(credentials: Credentials, path: string): Promise<void>;
  };
};

/**
 * Skips the test unless the backend declares `capability` as `value` (true by default): the
 * skip names what the backend declares instead.
 */
export function skipUnlessDeclared(
  backend: BackendInfo,
  capability: keyof BackendInfo['capabilities'],
  value = true,
) {
  test.skip(
    backend.capabilities[capability] !== value,
    `this backend declares ${capability}: ${String(!value)}`,
  );
}

/** The `signedIn` fixture, for a spec's own helpers. */
export type SignedIn = Fixtures['signedIn'];

export const test = base.extend<Fixtures, { backend: BackendInfo }>({
  backend: [backendInfo('v1'), { option: true, scope: 'worker' }],

  // Every journey fails if the browser reports a Content-Security-Policy violation.
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(page);
    expect(violations, 'CSP violations reported in the browser console').toEqual([]);
  },

  api: async ({ backend }, use) => {
    await use(new StoreApi(backend));
  },

  customers: async ({ api }, use) => {
    await use({
      async create(overrides = {}) {
        const customer = {
          email: uniqueEmail(),
          password: 'first-pass-1',
          firstName: 'Casey',
          lastName: 'Tester',
          ...overrides,
        };
        const session = await api.register(customer);
        return { ...customer, session };
      },
    });
  },

  account: async ({ page }, use) => {
    await use({
      async signIn(credentials) {
        await signInThroughForm(page, credentials);
      },
      async sessionCookie() {
        const value = await rawCookie(page);
        return value === undefined ? undefined : backendSessionOf(value);
      },
      async rawSessionCookie() {
        return rawCookie(page);
      },
    });
  },

  signedIn: async ({ page, account, customers }, use) => {
    await use({
      async newCustomer(path, overrides) {
        const customer = await customers.create(overrides);
        await account.signIn(customer);
        if (path) await page.goto(path);
        return customer;
      },
      async as(credentials, path) {
        await account.signIn(credentials);
        await page.goto(path);
      },
    });
  },
});

async function rawCookie(page: Page): Promise<string | undefined> {
  const cookies = await page.context().cookies();
  return cookies.find((c) => c.name === STOREFRONT_SESSION_COOKIE)?.value;
}

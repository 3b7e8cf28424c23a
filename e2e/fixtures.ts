import { test as base, expect, type Page } from '@playwright/test';

import { backendInfo, SEEDED, type BackendInfo } from './support/backends';
import { StoreApi } from './support/store-api';

export { expect };
export { SEEDED };

const STOREFRONT_COOKIE = 'account_session';

export type Credentials = { email: string; password: string };

export type TestCustomer = Credentials & {
  firstName: string;
  lastName: string;
  /** A backend session of the fixture's own, for reading what the backend stored. */
  session: string;
};

let counter = 0;

/** A unique, valid email for a customer that exists only for one test. */
export function uniqueEmail(label = 'shopper'): string {
  counter += 1;
  return `e2e-${label}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

type Fixtures = {
  api: StoreApi;
  customers: { create(overrides?: Partial<Omit<TestCustomer, 'session'>>): Promise<TestCustomer> };
  account: {
    signIn(credentials: Credentials): Promise<void>;
    /** The backend session held in this browser's storefront cookie. */
    sessionCookie(): Promise<string | undefined>;
  };
};

export const test = base.extend<Fixtures, { backend: BackendInfo }>({
  backend: [backendInfo('v1'), { option: true, scope: 'worker' }],

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
      async signIn({ email, password }) {
        await page.goto('/account/login');
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password').fill(password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
      },
      async sessionCookie() {
        const cookies = await page.context().cookies();
        const value = cookies.find((c) => c.name === STOREFRONT_COOKIE)?.value;
        // Next URL-encodes cookie values; the backend's session id is the decoded value.
        return value === undefined ? undefined : decodeURIComponent(value);
      },
    });
  },
});

/** Fills the address form by its labels, as a shopper would. */
export async function fillAddressForm(
  page: Page,
  address: {
    address1: string;
    city: string;
    postalCode: string;
    country: string;
    company?: string;
  },
) {
  await page.getByLabel('Street address').fill(address.address1);
  if (address.company !== undefined) await page.getByLabel('Company').fill(address.company);
  await page.getByLabel('City').fill(address.city);
  await page.getByLabel('Postal code').fill(address.postalCode);
  await page.getByLabel('Country').selectOption({ label: address.country });
}

export { STOREFRONT_COOKIE };

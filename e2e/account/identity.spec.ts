import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, importJWK, SignJWT } from 'jose';

import { e2eIdentityKeysFile, EXAMPLE_APP_PORTS, ROOT } from '../../tests/support/backends';
import { expect, test as base, type TestCustomer } from '../fixtures';

// Identity tokens for apps, end to end: the storefront issues them, and the example app's
// server (examples/identity-verifier, a separate process) verifies them against the JWKS.

const APP = 'e2e-widget';
const TOKEN_PATH = `/api/account/identity-token?app=${APP}`;

const test = base.extend<{ signedInCustomer: TestCustomer & { id: string } }>({
  /** A new customer, with their id at the backend, signed in through the form in this browser. */
  signedInCustomer: async ({ customers, api, account }, use) => {
    const customer = await customers.create();
    const { id } = (await api.me(customer.session))!;
    await account.signIn(customer);
    await use({ ...customer, id });
  },
});

// One worker runs this file's tests, in order: each worker's beforeAll would start the example
// app on the same port, and the first worker to finish would stop the app the others use.
test.describe.configure({ mode: 'default' });

let exampleApp: ChildProcess | undefined;
/** The app's origin as the browser sees it: the storefront's site (localhost), another port. */
let appUrl = '';
/** The same server as this test process reaches it (it listens on 127.0.0.1). */
let appServer = '';

test.beforeAll(async ({ backend }) => {
  const port = EXAMPLE_APP_PORTS[backend.version];
  appUrl = `http://localhost:${port}`;
  appServer = `http://127.0.0.1:${port}`;
  exampleApp = spawn(
    process.execPath,
    [path.join(ROOT, 'examples', 'identity-verifier', 'server.mjs')],
    {
      env: {
        ...process.env,
        STOREFRONT_URL: backend.storefrontUrl,
        CLIENT_ID: APP,
        PORT: String(port),
      },
      stdio: 'ignore',
    },
  );
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(`${appServer}/widget`);
      return;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

test.afterAll(() => {
  exampleApp?.kill();
});

/** A token fetched the way a page of the store does: from the browser, with its cookie. */
async function tokenFromPage(page: Page, app = APP) {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }, `/api/account/identity-token?app=${app}`);
}

/** What the example app's server answers for a token (and an optional body). */
async function greet(token: string, body?: object) {
  const response = await fetch(`${appServer}/greet`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test.describe('identity tokens for apps', () => {
  test('a signed-in page fetches a token, the example app greets that customer; after sign-out, 401', async ({
    page,
    signedInCustomer: { id, email },
    backend,
  }) => {
    const { status, body } = await tokenFromPage(page);
    expect(status).toBe(200);
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 300 });
    const token = String(body.token);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: backend.storefrontUrl,
      aud: APP,
      sub: id,
      email,
    });
    expect(claims.exp! - claims.iat!).toBe(300);
    expect(claims.jti).toEqual(expect.any(String));
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: expect.any(String) });

    expect(await greet(token)).toEqual({
      status: 200,
      body: { customerId: id, greeting: `Hello, customer ${id}` },
    });

    // The app's own page, on its own origin, asks the storefront with the shopper's cookie.
    await page.goto(`${appUrl}/widget`);
    await expect(page.getByRole('status')).toHaveText(`Hello, customer ${id}`);

    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/account\/login/);
    const after = await page.request.get(TOKEN_PATH);
    expect(after.status()).toBe(401);
    expect(await after.json()).toEqual({ error: 'NOT_SIGNED_IN' });
    await page.goto(`${appUrl}/widget`);
    await expect(page.getByRole('status')).toHaveText('You are not signed in to the store.');
  });

  test('the endpoint: no-store, unknown apps 400, no session 401, the email and company only where shared', async ({
    page,
    backend,
    signedIn,
  }) => {
    const anonymous = await page.request.get(TOKEN_PATH);
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'NOT_SIGNED_IN' });
    expect(anonymous.headers()['cache-control']).toBe('private, no-store');

    const customer = await signedIn.newCustomer();
    const unknown = await page.request.get('/api/account/identity-token?app=not-registered');
    expect(unknown.status()).toBe(400);
    const issued = await page.request.get(TOKEN_PATH);
    expect(issued.headers()['cache-control']).toBe('private, no-store');

    // The company goes with the email, where the backend keeps one (v2).
    if (backend.capabilities.keepsCustomerCompany) {
      await page.goto('/account/profile');
      await page.getByLabel('Company (optional)').fill('Widget Works Ltd');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect(page.getByText('Your profile has been saved.')).toBeVisible();
    }
    const shared = decodeJwt(String((await tokenFromPage(page)).body.token));
    expect(shared.email).toBe(customer.email);
    if (backend.capabilities.keepsCustomerCompany) expect(shared.company).toBe('Widget Works Ltd');
    else expect(shared).not.toHaveProperty('company');

    const withoutEmail = await tokenFromPage(page, 'e2e-no-email');
    expect(withoutEmail.status).toBe(200);
    const claims = decodeJwt(String(withoutEmail.body.token));
    expect(claims.aud).toBe('e2e-no-email');
    expect(claims).not.toHaveProperty('email');
    expect(claims).not.toHaveProperty('company');
  });

  test('CORS only for the app’s registered origins, with credentials', async ({ page }) => {
    const preflight = (origin: string) =>
      page.request.fetch(TOKEN_PATH, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
    const allowed = await preflight(appUrl);
    expect(allowed.status()).toBe(204);
    expect(allowed.headers()).toMatchObject({
      'access-control-allow-origin': appUrl,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET',
    });
    const refused = await preflight('https://evil.example');
    expect(refused.status()).toBe(403);
    expect(refused.headers()['access-control-allow-origin']).toBeUndefined();

    const elsewhere = await page.request.get(TOKEN_PATH, {
      headers: { origin: 'https://evil.example' },
    });
    expect(elsewhere.status()).toBe(403);
    expect(elsewhere.headers()['access-control-allow-origin']).toBeUndefined();
    // Another app's origin is not this app's.
    const otherApp = await page.request.fetch('/api/account/identity-token?app=e2e-no-email', {
      method: 'OPTIONS',
      headers: { origin: appUrl, 'access-control-request-method': 'GET' },
    });
    expect(otherApp.status()).toBe(403);
  });

  test('the JWKS serves the public keys only, cacheable', async ({ page }) => {
    const response = await page.request.get('/.well-known/jwks.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=600');
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    const configured = JSON.parse(fs.readFileSync(e2eIdentityKeysFile(), 'utf8')) as {
      kid: string;
    }[];
    expect(keys.map((key) => key.kid)).toEqual(configured.map((key) => key.kid));
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key).not.toHaveProperty('d');
    }
  });

  test('the example app refuses another app’s token, an expired one, an unknown key, a tampered one, and a body naming someone else', async ({
    page,
    signedInCustomer: { id },
    backend,
  }) => {
    const token = String((await tokenFromPage(page)).body.token);
    const refused = { status: 401, body: { error: 'INVALID_CUSTOMER_TOKEN' } };

    // The same customer, the right token: accepted, also with their own id in the body.
    expect((await greet(token, { customerId: id })).status).toBe(200);

    const otherApp = String((await tokenFromPage(page, 'e2e-no-email')).body.token);
    expect(await greet(otherApp)).toEqual(refused);

    const [current] = JSON.parse(fs.readFileSync(e2eIdentityKeysFile(), 'utf8')) as ({
      kid: string;
    } & Record<string, string>)[];
    const storefrontKey = await importJWK({ ...current, alg: 'ES256' }, 'ES256');
    const signed = (key: CryptoKey | Uint8Array | object, kid: string, iat: number) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid })
        .setIssuer(backend.storefrontUrl)
        .setAudience(APP)
        .setSubject(id)
        .setIssuedAt(iat)
        .setExpirationTime(iat + 300)
        .sign(key as CryptoKey);
    const now = Math.floor(Date.now() / 1000);
    // The control: a token made the same way, current, is accepted.
    expect((await greet(await signed(storefrontKey, current!.kid, now))).status).toBe(200);
    expect(await greet(await signed(storefrontKey, current!.kid, now - 3600))).toEqual(refused);
    const { privateKey: stranger } = await generateKeyPair('ES256');
    expect(await greet(await signed(stranger, 'not-a-storefront-key', now))).toEqual(refused);
    expect(await greet(await signed(stranger, current!.kid, now))).toEqual(refused);

    const [header, payload, signature] = token.split('.');
    const tampered = Buffer.from(
      JSON.stringify({ ...decodeJwt(token), sub: 'cus_someone_else' }),
    ).toString('base64url');
    expect(payload).not.toBe(tampered);
    expect(await greet(`${header}.${tampered}.${signature}`)).toEqual(refused);

    expect(await greet(token, { customerId: 'cus_someone_else' })).toEqual(refused);
  });

  test('sixty tokens in five minutes per session; the sixty-first is refused', async ({
    page,
    signedIn,
  }) => {
    await signedIn.newCustomer();
    for (let i = 0; i < 60; i += 1) expect((await page.request.get(TOKEN_PATH)).status()).toBe(200);
    const refused = await page.request.get(TOKEN_PATH);
    expect(refused.status()).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'TOO_MANY_REQUESTS' });
    expect(refused.headers()['cache-control']).toBe('private, no-store');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createBackend } from '@/lib/medusa';
import { type PendingSignIn, type SignInResult, type StoreBackend } from '@/lib/store';
import { MEDUSA_SESSION_COOKIE } from '@/lib/medusa/wire';
import { backendInfo, PERSONAS, versionsUnderTest } from '@/tests/support/backends';
import { expectKind, uniqueEmail } from '@/tests/support/contract';
import { startSecondServer } from '@/tools/lib/backends';
import { StoreClient } from '@/tools/lib/store-client';
import { secretOfOtpauthUrl, totpCode, wrongCode } from '@/tools/lib/totp';

/** Where the contract suite runs its second Medusa v2, left at Medusa's default disable policy. */
const DEFAULT_POLICY_PORT = 9011;

// Two-step sign-in against the real backends: Medusa v2 enforces it itself (the seeded
// backend's auth module has an MFA key and `disable_policy: "challenge"`); v1 declares it off.

/** A proof with the authenticator app's code. */
const totp = (code: string) => ({ method: 'totp' as const, code });

function pendingOf(result: SignInResult): PendingSignIn {
  if (result.status !== 'second-step') throw new Error('expected a second step');
  return result.pending;
}

/** A new customer registered at `backend` (two-step sign-in off): its email, password and session. */
async function registeredCustomer(backend: StoreBackend) {
  const email = uniqueEmail('two-step');
  const password = 'two-step-pass-1';
  const { session } = await backend.register({
    email,
    password,
    firstName: 'Tess',
    lastName: 'Twostep',
    phone: null,
  });
  return { email, password, session };
}

/** A new customer with two-step sign-in on: its secret and first recovery codes. */
async function protectedCustomer(backend: StoreBackend) {
  const { email, password, session } = await registeredCustomer(backend);
  const setup = await backend.twoStep!.begin(session, { email, password });
  const codes = await backend.twoStep!.confirm(session, setup.factorId, totpCode(setup.secret));
  return { email, password, session, secret: setup.secret, codes };
}

type Guarded = (input: {
  email: string;
  password: string;
  proof: ReturnType<typeof totp>;
}) => Promise<unknown>;

/**
 * An operation guarded by the password and a code refuses a wrong password (with a right code)
 * as invalid credentials, then a wrong code (with the right password) as an invalid code.
 */
async function expectRefusesWrongPasswordThenWrongCode(
  operation: Guarded,
  { email, password, secret }: { email: string; password: string; secret: string },
) {
  await expectKind(
    operation({ email, password: 'not-the-password-1', proof: totp(totpCode(secret)) }),
    'invalid_credentials',
  );
  await expectKind(operation({ email, password, proof: totp(wrongCode(secret)) }), 'invalid_code');
}

/**
 * Asks Medusa itself (not the storefront) to remove the customer's enabled factor, for the
 * session alone with `body`: the status it answers.
 */
async function deleteEnabledFactorBare(url: string, session: string, body: object) {
  const medusa = new StoreClient(url);
  const factors = await medusa.get<{ mfa_factors: { id: string; status: string }[] }>(
    '/auth/mfa/factors',
    session,
  );
  const enabled = factors.mfa_factors.find((f) => f.status === 'enabled')!;
  return (await medusa.send('DELETE', `/auth/mfa/factors/${enabled.id}`, { session, body })).status;
}

/**
 * What turning two-step off asks for, whatever the store's `disable_policy`: the password and a
 * code the storefront has checked, an authenticator code or a recovery code.
 */
async function turnsOffOnlyWithThePasswordAndACode(backend: StoreBackend) {
  const { email, password, session, secret } = await protectedCustomer(backend);
  await expectRefusesWrongPasswordThenWrongCode(
    (input) => backend.twoStep!.turnOff(session, input),
    { email, password, secret },
  );
  await expectKind(
    backend.twoStep!.turnOff(session, {
      email,
      password,
      proof: { method: 'recovery_code', code: '0000-0000-0000-0000-0000-0000-0000-0000' },
    }),
    'invalid_code',
  );
  expect(await backend.twoStep!.isOn(session)).toBe(true);
  await backend.twoStep!.turnOff(session, { email, password, proof: totp(totpCode(secret)) });
  expect(await backend.twoStep!.isOn(session)).toBe(false);
  const again = await backend.logIn(email, password);
  expect(again.status).toBe('signed-in');
  if (again.status === 'signed-in') await backend.logOut(again.session);
  await backend.logOut(session);

  // With a recovery code, for a shopper who lost the authenticator.
  const other = await protectedCustomer(backend);
  await backend.twoStep!.turnOff(other.session, {
    email: other.email,
    password: other.password,
    proof: { method: 'recovery_code', code: other.codes[0]! },
  });
  expect(await backend.twoStep!.isOn(other.session)).toBe(false);
  await backend.logOut(other.session);
}

for (const version of versionsUnderTest()) {
  const info = backendInfo(version);

  describe(`two-step sign-in on Medusa ${version}`, () => {
    let backend: StoreBackend;

    beforeAll(() => {
      backend = createBackend({
        version,
        baseUrl: info.url,
        publishableApiKey: info.publishableKey,
        adminApiKey: info.adminApiKey,
      });
    });

    if (version === 'v1') {
      it('is declared off, and the backend has no two-step part: a password signs in', async () => {
        expect(backend.capabilities.offersTwoStepSignIn).toBe(false);
        expect(backend.twoStep).toBeUndefined();
        const email = uniqueEmail('two-step');
        const password = 'two-step-pass-1';
        const registered = await backend.register({
          email,
          password,
          firstName: 'Tess',
          lastName: 'Twostep',
          phone: null,
        });
        await backend.logOut(registered.session);
        const signIn = await backend.logIn(email, password);
        expect(signIn.status).toBe('signed-in');
        if (signIn.status === 'signed-in') await backend.logOut(signIn.session);
      });
      return;
    }

    /** Medusa's own answer to a store route called with a token or a session. */
    const customerMe = (auth: { token?: string; session?: string }) =>
      fetch(`${info.url}/store/customers/me`, {
        headers: {
          'x-publishable-api-key': info.publishableKey ?? '',
          ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
          ...(auth.session ? { cookie: `${MEDUSA_SESSION_COOKIE}=${auth.session}` } : {}),
        },
      });

    it('enrols: a QR URL named for the store and the customer, a wrong first code keeps the set-up, the right one turns it on with ten recovery codes', async () => {
      const { email, password, session } = await registeredCustomer(backend);
      expect(backend.capabilities.offersTwoStepSignIn).toBe(true);
      expect(await backend.twoStep!.isOn(session)).toBe(false);
      await expectKind(
        backend.twoStep!.begin(session, { email, password: 'not-the-password-1' }),
        'invalid_credentials',
      );
      // A set-up left unfinished is replaced by the next one, and can no longer be finished.
      const abandoned = await backend.twoStep!.begin(session, { email, password });
      const setup = await backend.twoStep!.begin(session, { email, password });
      await expectKind(
        backend.twoStep!.confirm(session, abandoned.factorId, totpCode(abandoned.secret)),
        'challenge_expired',
      );
      const url = new URL(setup.otpauthUrl);
      expect(url.protocol).toBe('otpauth:');
      expect(decodeURIComponent(url.pathname)).toContain(`Medusa Store:${email}`);
      expect(url.searchParams.get('issuer')).toBe('Medusa Store');
      expect(secretOfOtpauthUrl(setup.otpauthUrl)).toBe(setup.secret);

      await expectKind(
        backend.twoStep!.confirm(session, setup.factorId, wrongCode(setup.secret)),
        'invalid_code',
      );
      expect(await backend.twoStep!.isOn(session)).toBe(false);
      const codes = await backend.twoStep!.confirm(session, setup.factorId, totpCode(setup.secret));
      expect(codes).toHaveLength(10);
      for (const code of codes) expect(code).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
      expect(await backend.twoStep!.isOn(session)).toBe(true);
      // The session that turned it on goes on working (the storefront ends the others).
      expect((await customerMe({ session })).status).toBe(200);
      await backend.logOut(session);
    });

    it('asks for the second step after the password, and Medusa refuses the first-step token on its store routes', async () => {
      const persona = PERSONAS.protected;
      const pending = pendingOf(await backend.logIn(persona.email, persona.password));
      expect(pending.expiresAt).toBeGreaterThan(Date.now());
      // The proof that the step cannot be skipped: Medusa itself refuses the first-step
      // token, and a session made from it.
      const refused = await customerMe({ token: pending.token });
      expect(refused.status).toBe(401);
      const session = await fetch(`${info.url}/auth/session`, {
        method: 'POST',
        headers: { authorization: `Bearer ${pending.token}` },
      });
      const sid = session.headers
        .getSetCookie()
        .find((c) => c.startsWith(`${MEDUSA_SESSION_COOKIE}=`))
        ?.split(';')[0]
        ?.slice(MEDUSA_SESSION_COOKIE.length + 1);
      expect(sid, 'Medusa opens a session for the first-step token').toBeTruthy();
      expect((await customerMe({ session: sid })).status).toBe(401);

      await expectKind(
        backend.twoStep!.completeSignIn(pending, {
          method: 'totp',
          code: wrongCode(persona.twoStep!.secret),
        }),
        'invalid_code',
      );
      const signedIn = await backend.twoStep!.completeSignIn(pending, {
        method: 'totp',
        code: totpCode(persona.twoStep!.secret),
      });
      expect(signedIn.customer.email).toBe(persona.email);
      expect(await backend.retrieveCustomer(signedIn.session)).toMatchObject({
        email: persona.email,
      });
      // A challenge is completed once.
      await expectKind(
        backend.twoStep!.completeSignIn(pending, {
          method: 'totp',
          code: totpCode(persona.twoStep!.secret),
        }),
        'challenge_expired',
      );
      await backend.logOut(signedIn.session);
    });

    it('ends a challenge after five wrong codes', async () => {
      const persona = PERSONAS.protected;
      const secret = persona.twoStep!.secret;
      const pending = pendingOf(await backend.logIn(persona.email, persona.password));
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await expectKind(
          backend.twoStep!.completeSignIn(pending, { method: 'totp', code: wrongCode(secret) }),
          'invalid_code',
        );
      }
      await expectKind(
        backend.twoStep!.completeSignIn(pending, { method: 'totp', code: wrongCode(secret) }),
        'challenge_expired',
      );
      await expectKind(
        backend.twoStep!.completeSignIn(pending, { method: 'totp', code: totpCode(secret) }),
        'challenge_expired',
      );
    });

    it('signs in with a recovery code once, never twice', async () => {
      const customer = await protectedCustomer(backend);
      const [code] = customer.codes;
      const first = pendingOf(await backend.logIn(customer.email, customer.password));
      const signedIn = await backend.twoStep!.completeSignIn(first, {
        method: 'recovery_code',
        code: code!,
      });
      expect(signedIn.customer.email).toBe(customer.email);
      const second = pendingOf(await backend.logIn(customer.email, customer.password));
      await expectKind(
        backend.twoStep!.completeSignIn(second, { method: 'recovery_code', code: code! }),
        'invalid_code',
      );
      await backend.logOut(signedIn.session);
      await backend.logOut(customer.session);
    });

    it('gives new recovery codes only for the password and a current code, and the old ones stop working', async () => {
      const customer = await protectedCustomer(backend);
      const { email, password, session, secret } = customer;
      await expectRefusesWrongPasswordThenWrongCode(
        (input) => backend.twoStep!.renewRecoveryCodes(session, input),
        { email, password, secret },
      );
      const renewed = await backend.twoStep!.renewRecoveryCodes(session, {
        email,
        password,
        proof: totp(totpCode(secret)),
      });
      expect(renewed).toHaveLength(10);
      expect(renewed).not.toContain(customer.codes[0]);
      const pending = pendingOf(await backend.logIn(email, password));
      await expectKind(
        backend.twoStep!.completeSignIn(pending, {
          method: 'recovery_code',
          code: customer.codes[1]!,
        }),
        'invalid_code',
      );
      await backend.logOut(session);
    });

    it('turns off only with the password and a code, which Medusa itself insists on here', async () => {
      const { session } = await protectedCustomer(backend);
      // The seeded backend's `disable_policy: "challenge"`: a session alone cannot remove it.
      const bare = await deleteEnabledFactorBare(info.url, session, {});
      expect(bare).toBe(400);
      expect(await backend.twoStep!.isOn(session)).toBe(true);
      await backend.logOut(session);

      await turnsOffOnlyWithThePasswordAndACode(backend);
    });
  });
}

// The same, against a Medusa v2 left at its default `disable_policy` ("session": any signed-in
// session may remove a factor): the storefront checks the code itself, so nothing changes.
if (versionsUnderTest().includes('v2')) {
  describe('turning two-step off on a Medusa v2 with the default disable policy', () => {
    const info = backendInfo('v2');
    let server: Awaited<ReturnType<typeof startSecondServer>> | undefined;
    let backend: StoreBackend;

    beforeAll(async () => {
      server = await startSecondServer('v2', {
        name: 'v2-default-disable-policy',
        port: DEFAULT_POLICY_PORT,
        env: { MFA_DISABLE_POLICY: 'default' },
      });
      backend = createBackend({
        version: 'v2',
        baseUrl: server.url,
        publishableApiKey: info.publishableKey,
      });
    }, 180_000);
    afterAll(() => server?.stop());

    it('this Medusa removes a factor for a session alone, without any code', async () => {
      const { session } = await protectedCustomer(backend);
      const bare = await deleteEnabledFactorBare(server!.url, session, {
        method: 'totp',
        code: '000000',
      });
      expect(bare).toBe(200);
      expect(await backend.twoStep!.isOn(session)).toBe(false);
      await backend.logOut(session);
    });

    it('the storefront still turns it off only with the password and a code it has checked', async () => {
      await turnsOffOnlyWithThePasswordAndACode(backend);
    });
  });
}

import { spawnSync } from 'node:child_process';

import type { Browser, Page } from '@playwright/test';

import { ROOT, STOREFRONT_SESSION_COOKIE } from '../../tests/support/backends';
import {
  baseURL,
  expectSessionExpiredOn,
  failSignIns,
  fillSignIn,
  followResetLink,
  setNewPassword,
  signInHere,
  submitSignIn,
} from '../../tests/support/browser';
import { waitForResetMail } from '../../tests/support/outbox';
import { plainFormSender, type PlainFormAnswer } from '../../tests/support/plain-form';
import {
  assertRedisServerInstalled,
  redisServer,
  type RedisServer,
} from '../../tests/support/redis-server';
import { backendSessionOf } from '../../tests/support/session-cookie';
import { wrongCode } from '../../tools/lib/totp';
import { expect, test as base, type TestCustomer } from '../fixtures';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import {
  FAULT_PROXY_PORTS,
  FAULT_REDIS_PORT,
  FAULT_TIMEOUT_MS,
  FAULT_TWIN_PORTS,
} from './support/fault-storefronts';

// What a shopper sees when the store's backend or the storefront's Redis fails: a friendly
// page or message, never a server error page or backend text, and nothing stored changed by
// a write that failed.

const LEAKS =
  /ECONNREFUSED|ECONNRESET|127\.0\.0\.1|Internal Server Error|stack|TypeError|AxiosError|FetchError|AbortError|HTTP \d{3}|\bat (?:async )?[\w$.<>]+ \((?:\/|file:|node:)/;
const NOT_RESPONDING = /The store is not responding/;

const test = base.extend<object, { backendLink: FaultProxy; redis: RedisServer }>({
  backendLink: [
    async ({ backend }, use) => {
      const backendLink = await startFaultProxy(
        FAULT_PROXY_PORTS[backend.version],
        new URL(backend.url),
      );
      await use(backendLink);
      await backendLink.close();
    },
    { scope: 'worker', auto: true },
  ],
  redis: [
    async ({}, use) => {
      assertRedisServerInstalled();
      const redis = redisServer(FAULT_REDIS_PORT);
      await redis.start();
      await use(redis);
      await redis.stop();
    },
    { scope: 'worker', auto: true },
  ],
});

test.afterEach(async ({ backendLink }) => {
  await backendLink.pass();
});

/** What the shopper can read on the page carries no internals. */
async function expectNoLeaks(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(LEAKS);
}

async function saveFirstName(page: Page, name: string) {
  await page.getByLabel('First name').fill(name);
  await page.getByRole('button', { name: 'Save profile' }).click();
}

async function expectUnchanged(
  api: { me(s: string): Promise<{ firstName: string } | null> },
  customer: TestCustomer,
) {
  expect((await api.me(customer.session))?.firstName).toBe(customer.firstName);
}

test.describe('faults', () => {
  test('the backend stopped mid-session: a friendly page and message, nothing saved', async ({
    page,
    api,
    backendLink,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/profile');
    await backendLink.stop();

    await saveFirstName(page, 'Stopped');
    await expect(page.getByText(NOT_RESPONDING).first()).toBeVisible();
    await expectNoLeaks(page);

    await page.goto('/account/orders');
    await expect(
      page.getByRole('heading', { name: 'We can’t show your account right now' }),
    ).toBeVisible();
    await expectNoLeaks(page);

    await backendLink.pass();
    await expectUnchanged(api, customer);
    // Once the backend is back, the same session carries on.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  });

  test('the backend slowed past the timeout: pages and saves give up in time, and a save that gave up is never applied', async ({
    page,
    api,
    backendLink,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/profile');

    // Reads answer, but the save is held longer than the storefront waits.
    await backendLink.delay(FAULT_TIMEOUT_MS + 2_000, { onlyWrites: true });
    const began = Date.now();
    await saveFirstName(page, 'Slowpoke');
    await expect(page.getByText(NOT_RESPONDING).first()).toBeVisible();
    expect(Date.now() - began).toBeLessThan(FAULT_TIMEOUT_MS + 2_000);
    await expectNoLeaks(page);
    await expect(page.getByLabel('First name')).toHaveValue('Slowpoke');

    // Everything slow: the account pages give up with the friendly page.
    await backendLink.delay(FAULT_TIMEOUT_MS + 2_000);
    await page.goto('/account');
    await expect(
      page.getByRole('heading', { name: 'We can’t show your account right now' }),
    ).toBeVisible();

    // Long after the held request's time has passed, the backend still has the old name.
    await backendLink.pass();
    await page.waitForTimeout(FAULT_TIMEOUT_MS + 3_000);
    await expectUnchanged(api, customer);
  });

  test('a reset link followed while the backend is down says the store is not responding, and still works afterwards', async ({
    page,
    customers,
    backend,
    api,
    backendLink,
  }) => {
    const customer = await customers.create();
    await followResetLink(page, backend, customer.email);
    await backendLink.stop();
    await setNewPassword(page, 'after-outage-1');
    await expect(page.getByText(NOT_RESPONDING).first()).toBeVisible();
    await expect(page.getByText(/expired or has already been used/)).toHaveCount(0);
    await expectNoLeaks(page);

    await backendLink.pass();
    expect(await api.canLogIn(customer.email, customer.password)).toBe(true);
    await setNewPassword(page, 'after-outage-1');
    await expect(page.getByText(/Your password has been changed/)).toBeVisible();
    expect(await api.canLogIn(customer.email, 'after-outage-1')).toBe(true);
  });

  test('forgot password answers at once even when the backend is slow, so its timing tells nothing', async ({
    page,
    customers,
    backend,
    backendLink,
  }) => {
    const customer = await customers.create();
    // Slow, but within the deadline: asked before answering, the form would take this long.
    const slowness = FAULT_TIMEOUT_MS - 300;
    await backendLink.delay(slowness);
    await page.goto('/account/forgot-password');
    for (const email of [customer.email, 'nobody-at-all@example.com']) {
      await page.getByLabel('Email').fill(email);
      const began = Date.now();
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await expect(page.getByText(/If an account exists/)).toContainText(email);
      expect(Date.now() - began).toBeLessThan(slowness - 200);
    }
    // The backend is still asked, after the answer: the mail arrives.
    await waitForResetMail(backend.outboxFile, customer.email, new Date(Date.now() - 30_000));
  });

  test('the backend restarted: the session is gone, so sign in again and come back', async ({
    page,
    backend,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    for (const command of ['down', 'up']) {
      const run = spawnSync('node', ['tools/bootstrap.mjs', 'backend', command, backend.version], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, `${command}: ${run.stderr}`).toBe(0);
    }

    await page.goto('/account/addresses');
    await expectSessionExpiredOn(page, '/account/addresses');
    await signInHere(page, customer);
    await expect(page).toHaveURL(/\/account\/addresses$/);
  });

  // Before the test that stops Redis: the instances take a moment to count in it again.
  test.describe('attempts sent at once, without JavaScript', () => {
    const ATTEMPTS = 30;
    const SETTINGS_ATTEMPTS = 16;
    const LIMIT = 5;
    const TOO_MANY = 'Too many attempts. Try again in 15 minutes.';
    /** Medusa's password check at sign-in, and its check of a second-step code. */
    const PASSWORD_CHECK = { v1: /^POST \/store\/auth /, v2: /^POST \/auth\/customer\/emailpass / };
    const CODE_CHECK = /^POST \/auth\/mfa\/challenges\/[^/ ]+\/verify /;
    /**
     * Long enough that every attempt is in flight before Medusa judges the first: a count
     * taken only after the backend answered would let them all through.
     */
    const SLOW_MS = 400;

    const saying = (answers: PlainFormAnswer[], text: string) =>
      answers.filter((answer) => answer.text.includes(text)).length;

    const WRONG_PASSWORD = 'That email and password do not match an account.';
    /** A wrong code, or the fifth wrong one, after which Medusa ends the challenge. */
    const CODE_VERDICTS = ['That code is not right.', 'had too many wrong codes'];

    /**
     * At most the limit was judged by Medusa (answered with its verdict), and every other
     * attempt was told to wait. Under load an attempt may pass the storefront's deadline: it is
     * told the store is not responding, which tells its sender nothing, and gives its point back,
     * so a few more than the limit may reach Medusa (`reached`, as the proxy counted them),
     * never more than were judged or timed out.
     */
    function expectAtMostTheLimitJudged(
      answers: PlainFormAnswer[],
      { verdicts, reached }: { verdicts: readonly string[]; reached: number },
    ) {
      const judged = answers.filter((answer) =>
        verdicts.some((verdict) => answer.text.includes(verdict)),
      ).length;
      const waiting = saying(answers, TOO_MANY);
      const timedOut = answers.filter((answer) => NOT_RESPONDING.test(answer.text)).length;
      expect(judged).toBeGreaterThan(0);
      expect(judged).toBeLessThanOrEqual(LIMIT);
      expect(judged + waiting + timedOut).toBe(answers.length);
      expect(reached).toBeGreaterThanOrEqual(judged);
      expect(reached).toBeLessThanOrEqual(judged + timedOut);
    }

    async function signInPage(browser: Browser, origin: string) {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: origin });
      const page = await context.newPage();
      await page.goto('/account/login');
      const form = page.locator('form', { has: page.getByRole('button', { name: 'Sign in' }) });
      return { page, form, close: () => context.close() };
    }

    test('thirty wrong passwords for one account, through two instances: at most five are judged by Medusa, the rest are told to wait', async ({
      browser,
      customers,
      backend,
      backendLink,
    }) => {
      const target = await customers.create();
      const pages = await Promise.all(
        [baseURL(), `http://localhost:${FAULT_TWIN_PORTS[backend.version]}`].map((origin) =>
          signInPage(browser, origin),
        ),
      );
      const senders = await Promise.all(pages.map(({ page, form }) => plainFormSender(page, form)));
      await backendLink.delay(SLOW_MS, { onlyWrites: true });
      backendLink.takeForwarded();

      const answers = await Promise.all(
        Array.from({ length: ATTEMPTS }, (_, i) =>
          senders[i % 2]!({ email: target.email, password: `wrong-guess-${i}` }),
        ),
      );
      const checked = backendLink
        .takeForwarded()
        .filter((line) => PASSWORD_CHECK[backend.version].test(line));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      expectAtMostTheLimitJudged(answers, { verdicts: [WRONG_PASSWORD], reached: checked.length });

      // Points that attempts cut short by the deadline gave back, used up one at a time: the
      // count ends at the limit exactly.
      await backendLink.pass();
      let judged = saying(answers, WRONG_PASSWORD);
      while (judged < LIMIT) {
        const answer = await senders[0]!({ email: target.email, password: `one-more-${judged}` });
        expect(answer.text).toContain(WRONG_PASSWORD);
        judged += 1;
      }
      backendLink.takeForwarded();

      // The right password now waits too, on either instance, and Medusa is not asked.
      for (const send of senders) {
        const answer = await send(target);
        expect(answer.text).toContain(TOO_MANY);
      }
      expect(
        backendLink.takeForwarded().filter((line) => PASSWORD_CHECK[backend.version].test(line)),
      ).toEqual([]);
      for (const { close } of pages) await close();
    });

    test('thirty wrong second-step codes for one sign-in: at most five are judged by Medusa, which does not bound them itself', async ({
      browser,
      api,
      customers,
      backend,
      backendLink,
    }) => {
      test.skip(!backend.capabilities.offersTwoStepSignIn, 'Medusa v1 has no second step');
      const customer = await customers.create();
      const { secret } = await api.enableTwoStep(customer.session, customer.email);
      const { page, close } = await signInPage(browser, baseURL());
      await signInHere(page, customer);
      await expect(page).toHaveURL(/\/account\/login\/two-step$/);
      const send = await plainFormSender(
        page,
        page.locator('form', { has: page.getByRole('button', { name: 'Sign in' }) }),
      );
      await backendLink.delay(SLOW_MS, { onlyWrites: true });
      backendLink.takeForwarded();

      const answers = await Promise.all(
        Array.from({ length: ATTEMPTS }, () => send({ code: wrongCode(secret) })),
      );
      const checked = backendLink.takeForwarded().filter((line) => CODE_CHECK.test(line));
      expectAtMostTheLimitJudged(answers, { verdicts: CODE_VERDICTS, reached: checked.length });
      await close();
    });

    test('sixteen wrong codes at once to turn two-step off and to get new recovery codes: at most five are judged by Medusa, and two-step stays on', async ({
      browser,
      api,
      customers,
      backend,
      backendLink,
    }) => {
      test.skip(!backend.capabilities.offersTwoStepSignIn, 'Medusa v1 has no two-step sign-in');
      const customer = await customers.create();
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
      const page = await context.newPage();
      await page.goto('/account/login');
      await signInHere(page, customer);
      await expect(page.getByRole('heading', { level: 1, name: /^Hello,/ })).toBeVisible();
      const cookie = (await context.cookies()).find((c) => c.name === STOREFRONT_SESSION_COOKIE)!;
      const { secret } = await api.enableTwoStep(backendSessionOf(cookie.value), customer.email);
      await page.goto('/account/profile/two-step');
      const formFor = (button: string) =>
        page.locator('form', { has: page.getByRole('button', { name: button }) });
      const senders = await Promise.all(
        ['Turn off two-step sign-in', 'Get new recovery codes'].map((button) =>
          plainFormSender(page, formFor(button)),
        ),
      );
      await backendLink.delay(SLOW_MS, { onlyWrites: true });
      backendLink.takeForwarded();

      // Fewer than at sign-in: each of these also reads the customer and renders the settings
      // page, and thirty at once keep Medusa v2 busy past the fault storefronts' deadline.
      const answers = await Promise.all(
        Array.from({ length: SETTINGS_ATTEMPTS }, (_, i) =>
          senders[i % 2]!({ currentPassword: customer.password, code: wrongCode(secret) }),
        ),
      );
      // Each attempt that took a point checks the password first, then the code.
      const forwarded = backendLink.takeForwarded();
      const passwordChecks = forwarded.filter((line) => PASSWORD_CHECK.v2.test(line)).length;
      expectAtMostTheLimitJudged(answers, { verdicts: CODE_VERDICTS, reached: passwordChecks });
      expect(forwarded.filter((line) => CODE_CHECK.test(line)).length).toBeLessThanOrEqual(
        passwordChecks,
      );
      expect(await api.twoStepFactors(backendSessionOf(cookie.value))).toEqual(['enabled']);
      await context.close();
    });
  });

  test('two storefront instances behind one Redis share one count', async ({
    page,
    customers,
    backend,
  }) => {
    const target = await customers.create();
    const twin = `http://localhost:${FAULT_TWIN_PORTS[backend.version]}`;
    await failSignIns(page, target.email, 3);
    await failSignIns(page, target.email, 2, twin);
    for (const origin of ['', twin]) {
      await page.goto(`${origin}/account/login`);
      await fillSignIn(page, target);
      await submitSignIn(page);
      await expect(page.getByText('Too many attempts. Try again in 15 minutes.')).toBeVisible();
    }
  });

  test('Redis stopped: sign-in keeps working, and guessing is still limited in memory', async ({
    page,
    account,
    customers,
    redis,
  }) => {
    const customer = await customers.create();
    const target = await customers.create();
    await redis.stop();
    try {
      await account.signIn(customer);
      await expectNoLeaks(page);

      await page.context().clearCookies();
      await failSignIns(page, target.email, 5);
      await page.getByLabel('Password').fill(target.password);
      await submitSignIn(page);
      await expect(
        page.getByText(/^Too many attempts\. Try again in \d+ minutes?\.$/),
      ).toBeVisible();
    } finally {
      await redis.start();
    }
  });
});

// `npm run backend -- personas [v1|v2]`: the seeded customers whose orders are in each state
// a shopper asks support about, what each shows, and how to sign in as them. With the backend
// up, each order's number and its state as Medusa reports it now (and a link that signs in
// straight to it); without, what the seed made.
import { CAPABILITIES } from '../../lib/medusa/capabilities';
import type { MedusaVersion } from '../lib/backends';
import { secondsLeftInStep, totpCode } from '../lib/totp';
import { readRecoveryCodes } from './v2';
import { customersOf, DEV_ADMIN, readWorld, StoreClient, type WorldCustomer } from './world';

type LiveOrder = {
  id: string;
  display_id: number;
  status: string;
  fulfillment_status: string;
  payment_status: string;
};

/** The persona's orders, newest first, as the store API lists them to the persona. */
async function ordersOf(
  version: MedusaVersion,
  url: string,
  publishableKey: string | undefined,
  persona: WorldCustomer,
): Promise<LiveOrder[]> {
  const credentials = { email: persona.email, password: persona.password };
  if (version === 'v1') {
    const api = new StoreClient(url);
    const session = await api.signUp('/store/auth', credentials);
    const { orders } = await api.get<{ orders: LiveOrder[] }>(
      '/store/customers/me/orders?limit=20&fields=id,display_id,status,fulfillment_status,payment_status',
      session,
    );
    return orders;
  }
  const client = new StoreClient(url);
  const first = await client.post<{ token: string; mfa_challenge?: { id: string } }>(
    '/auth/customer/emailpass',
    credentials,
  );
  // Two-step sign-in on: the second step with a code from the persona's known secret.
  const { token } =
    first.mfa_challenge && persona.twoStep
      ? await client.post<{ token: string }>(
          `/auth/mfa/challenges/${first.mfa_challenge.id}/verify`,
          { method: 'totp', code: totpCode(persona.twoStep.secret) },
          undefined,
          { authorization: `Bearer ${first.token}` },
        )
      : first;
  const api = new StoreClient(url, {
    authorization: `Bearer ${token}`,
    ...(publishableKey ? { 'x-publishable-api-key': publishableKey } : {}),
  });
  const { orders } = await api.get<{ orders: LiveOrder[] }>(
    '/store/orders?limit=20&order=-created_at&fields=id,display_id,status,fulfillment_status,payment_status',
  );
  return orders;
}

/**
 * The orders placed with the persona's email that are still with a guest customer (no
 * account), as the merchant's admin API lists them: the ones support can add to the account.
 */
async function guestOrdersOf(
  version: MedusaVersion,
  url: string,
  persona: WorldCustomer,
): Promise<{ id: string; display_id: number }[]> {
  const email = encodeURIComponent(persona.email);
  if (version === 'v1') {
    const admin = new StoreClient(url, { 'x-medusa-access-token': DEV_ADMIN.v1ApiToken });
    const { orders } = await admin.get<{
      orders: { id: string; display_id: number; customer?: { has_account?: boolean } | null }[];
    }>(`/admin/orders?email=${email}&expand=customer&fields=id,display_id,customer_id&limit=50`);
    return orders.filter((order) => order.customer && !order.customer.has_account);
  }
  const { token } = await new StoreClient(url).post<{ token: string }>('/auth/user/emailpass', {
    email: DEV_ADMIN.email,
    password: DEV_ADMIN.password,
  });
  const admin = new StoreClient(url, { authorization: `Bearer ${token}` });
  const { customers } = await admin.get<{ customers: { id: string; has_account: boolean }[] }>(
    `/admin/customers?email=${email}&fields=id,has_account`,
  );
  const found: { id: string; display_id: number }[] = [];
  for (const guest of customers.filter((customer) => !customer.has_account)) {
    const { orders } = await admin.get<{ orders: { id: string; display_id: number }[] }>(
      `/admin/orders?customer_id=${guest.id}&fields=id,display_id&limit=50`,
    );
    found.push(...orders);
  }
  return found;
}

const words = (status: string) => status.replaceAll('_', ' ');

export async function personaLines(
  version: MedusaVersion,
  backend: { url: string; up: boolean; publishableKey?: string; databaseUrl?: string },
  storefrontUrl: string,
): Promise<string[]> {
  const personas = customersOf(readWorld()).filter((customer) => customer.persona);
  const signIn = `${storefrontUrl}/account/login`;
  const lines = [
    `Personas on Medusa ${version} (${backend.url}${backend.up ? '' : ', not running: start it with `npm run backend -- up ' + version + '`'}).`,
    `Sign in at ${signIn} with the email and password shown; \`npm run backend -- reset ${version}\` puts every order back.`,
  ];
  for (const persona of personas) {
    lines.push(
      '',
      `${persona.firstName} ${persona.lastName}: ${persona.email} / ${persona.password}`,
    );
    lines.push(`  ${persona.persona}`);
    if (persona.twoStep && CAPABILITIES[version].offersTwoStepSignIn) {
      const { secret } = persona.twoStep;
      lines.push(
        `  Authenticator secret: ${secret}; the code now is ${totpCode(secret)} (${secondsLeftInStep()} s left; run this again for the next).`,
      );
      const codes =
        backend.up && backend.databaseUrl
          ? await readRecoveryCodes(backend.databaseUrl, persona.email).catch(() => [])
          : [];
      if (codes.length)
        lines.push(
          `  Recovery codes (each works once until \`npm run backend -- reset ${version}\`): ${codes.join(' ')}`,
        );
    } else if (persona.twoStep) {
      lines.push(`  Medusa ${version} has no two-step sign-in: the password alone signs in.`);
    }
    const delivers = persona.orders.some((o) => o.merchant?.some((step) => step.do === 'deliver'));
    if (delivers && !CAPABILITIES[version].reportsDelivery)
      lines.push(`  On Medusa ${version} there is no delivery state: the order shows as shipped.`);
    if (!backend.up) continue;
    try {
      for (const order of await ordersOf(version, backend.url, backend.publishableKey, persona)) {
        const link = `${signIn}?returnTo=${encodeURIComponent(`/account/orders/${order.id}`)}`;
        lines.push(
          `  Order #${order.display_id}: ${words(order.status)}; goods ${words(order.fulfillment_status)}, payment ${words(order.payment_status)}`,
          `    ${link}`,
        );
      }
    } catch (error) {
      lines.push(
        `  (could not read the orders: ${error instanceof Error ? error.message : error})`,
      );
    }
    if (!persona.guestOrders?.length) continue;
    try {
      const guest = await guestOrdersOf(version, backend.url, persona);
      for (const order of guest)
        lines.push(
          `  Placed without an account, not in the list yet: order #${order.display_id}, id ${order.id}`,
          `    to add it: ${signIn}?returnTo=${encodeURIComponent('/account/orders/claim')}, then the id; the link goes to \`npm run backend -- outbox ${version}\``,
        );
      if (!guest.length)
        lines.push(
          `  The order placed without an account has been added to the account; \`npm run backend -- reset ${version}\` puts it back.`,
        );
    } catch (error) {
      lines.push(
        `  (could not read the orders placed without an account: ${error instanceof Error ? error.message : error})`,
      );
    }
  }
  return lines;
}

// `npm run backend -- personas [v1|v2]`: the seeded customers whose orders are in each state
// a shopper asks support about, what each shows, and how to sign in as them. With the backend
// up, each order's number and its state as Medusa reports it now (and a link that signs in
// straight to it); without, what the seed made.
import { CAPABILITIES } from '../../lib/medusa/capabilities';
import type { MedusaVersion } from '../lib/backends';
import { secondsLeftInStep, totpCode } from '../lib/totp';
import { readRecoveryCodes } from './v2';
import { customersOf, readWorld, StoreClient, type WorldCustomer } from './world';

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
  }
  return lines;
}

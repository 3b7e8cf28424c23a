// A shopper's way to an order, through each Medusa version's store API: a cart with one
// line, the shipping and billing addresses, the store's first shipping option, the manual / system
// payment, completion. The v1 seed places its orders this way, and the benchmark gives its
// customers orders with it.
import { first, StoreClient } from './store-client';
import type { MedusaVersion } from './backends';

/** A customer signed in at the store API: v1 by its session cookie, v2 by its JWT. */
export type StoreShopper = { version: MedusaVersion; client: StoreClient; session?: string };

const ADDRESS = {
  first_name: 'Bea',
  last_name: 'Bench',
  address_1: '1 Bench Street',
  city: 'London',
  postal_code: 'N1 9GU',
  country_code: 'gb',
};

function sessionFor(client: StoreClient, token: string) {
  return client.signUp('/auth/session', undefined, { authorization: `Bearer ${token}` });
}

/** A customer's Medusa session (v2: the JWT traded for a session), as the storefront holds one. */
export async function signInAtStore(
  version: MedusaVersion,
  url: string,
  { email, password }: { email: string; password: string },
): Promise<string> {
  const client = new StoreClient(url);
  if (version === 'v1') return client.signUp('/store/auth', { email, password });
  const { token } = await client.post<{ token: string }>('/auth/customer/emailpass', {
    email,
    password,
  });
  return sessionFor(client, token);
}

/** A customer made through the store API, signed in. */
export async function createShopper(
  version: MedusaVersion,
  url: string,
  publishableKey: string | undefined,
  customer: { email: string; password: string; firstName: string; lastName: string },
): Promise<StoreShopper & { medusaSession: string }> {
  const { email, password, firstName, lastName } = customer;
  const plain = new StoreClient(url);
  if (version === 'v1') {
    const session = await plain.signUp('/store/customers', {
      email,
      password,
      first_name: firstName,
      last_name: lastName,
    });
    return { version, client: plain, session, medusaSession: session };
  }
  const key: Record<string, string> = publishableKey
    ? { 'x-publishable-api-key': publishableKey }
    : {};
  const { token: registration } = await plain.post<{ token: string }>(
    '/auth/customer/emailpass/register',
    { email, password },
  );
  await new StoreClient(url, { ...key, authorization: `Bearer ${registration}` }).post(
    '/store/customers',
    { email, first_name: firstName, last_name: lastName },
  );
  const { token } = await plain.post<{ token: string }>('/auth/customer/emailpass', {
    email,
    password,
  });
  const medusaSession = await sessionFor(plain, token);
  return {
    version,
    client: new StoreClient(url, { ...key, authorization: `Bearer ${token}` }),
    medusaSession,
  };
}

/** The ids a cart needs: the store's region and a product's variant. */
export async function orderMaterials(shopper: StoreShopper) {
  const { client, session } = shopper;
  const { regions } = await client.get<{ regions: { id: string }[] }>('/store/regions', session);
  const { products } = await client.get<{ products: { variants: { id: string }[] }[] }>(
    shopper.version === 'v1'
      ? '/store/products?limit=1'
      : '/store/products?limit=1&fields=variants.id',
    session,
  );
  return {
    regionId: first(regions, 'region').id,
    variantId: first(first(products, 'product').variants, 'variant').id,
  };
}

/** What one order holds: the lines, where it goes, and a discount code (v1 only here). */
export type OrderInput = {
  email: string;
  regionId: string;
  items: { variantId: string; quantity: number }[];
  /** The store API's own address fields (snake_case). */
  shippingAddress?: Record<string, unknown>;
  /** Where the order is billed, in the same fields; the shipping address when absent. */
  billingAddress?: Record<string, unknown>;
  discount?: string;
};

/** Places one order for the shopper, as a shopper's checkout would; answers its id. */
export async function placeOrder(shopper: StoreShopper, order: OrderInput): Promise<string> {
  const { client, session } = shopper;
  const { email, regionId, items, shippingAddress = ADDRESS, discount } = order;
  const billingAddress = order.billingAddress ?? shippingAddress;
  if (shopper.version === 'v1') {
    const { cart } = await client.post<{ cart: { id: string } }>(
      '/store/carts',
      { region_id: regionId },
      session,
    );
    for (const item of items)
      await client.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: item.variantId, quantity: item.quantity },
        session,
      );
    await client.post(
      `/store/carts/${cart.id}`,
      {
        email,
        shipping_address: shippingAddress,
        billing_address: billingAddress,
        ...(discount ? { discounts: [{ code: discount }] } : {}),
      },
      session,
    );
    const { shipping_options } = await client.get<{ shipping_options: { id: string }[] }>(
      `/store/shipping-options/${cart.id}`,
      session,
    );
    await client.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: first(shipping_options, `shipping option for cart ${cart.id}`).id },
      session,
    );
    await client.post(`/store/carts/${cart.id}/payment-sessions`, {}, session);
    await client.post(
      `/store/carts/${cart.id}/payment-session`,
      { provider_id: 'manual' },
      session,
    );
    const done = await client.post<{ type: string; data: { id: string } }>(
      `/store/carts/${cart.id}/complete`,
      {},
      session,
    );
    if (done.type !== 'order')
      throw new Error(
        `cart ${cart.id} did not become an order: ${JSON.stringify(done).slice(0, 300)}`,
      );
    return done.data.id;
  }
  if (discount) throw new Error('placeOrder: discounts are not applied on v2 here');
  const { cart } = await client.post<{ cart: { id: string } }>('/store/carts', {
    region_id: regionId,
    email,
    shipping_address: shippingAddress,
    billing_address: billingAddress,
    items: items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })),
  });
  const { shipping_options } = await client.get<{ shipping_options: { id: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`,
  );
  await client.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: first(shipping_options, 'shipping option').id,
  });
  const { payment_collection } = await client.post<{ payment_collection: { id: string } }>(
    '/store/payment-collections',
    { cart_id: cart.id },
  );
  await client.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: 'pp_system_default',
  });
  const done = await client.post<{ type: string; order?: { id: string } }>(
    `/store/carts/${cart.id}/complete`,
    {},
  );
  if (done.type !== 'order' || !done.order)
    throw new Error(`cart ${cart.id} did not become an order`);
  return done.order.id;
}

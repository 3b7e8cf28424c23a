// A shopper's way to an order, through each Medusa version's store API: a cart with one
// line, the shipping address, the store's first shipping option, the manual / system
// payment, completion. Used by the benchmark to give its customers orders, as a shopper would.
import { first, StoreClient } from '../backends/world';
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
  const medusaSession = await plain.signUp('/auth/session', undefined, {
    authorization: `Bearer ${token}`,
  });
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

/** Places one order for the shopper; answers its id. */
export async function placeOrder(
  shopper: StoreShopper,
  email: string,
  { regionId, variantId }: { regionId: string; variantId: string },
): Promise<string> {
  const { client, session } = shopper;
  if (shopper.version === 'v1') {
    const { cart } = await client.post<{ cart: { id: string } }>(
      '/store/carts',
      { region_id: regionId },
      session,
    );
    await client.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: variantId, quantity: 1 },
      session,
    );
    await client.post(`/store/carts/${cart.id}`, { email, shipping_address: ADDRESS }, session);
    const { shipping_options } = await client.get<{ shipping_options: { id: string }[] }>(
      `/store/shipping-options/${cart.id}`,
      session,
    );
    await client.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: first(shipping_options, 'shipping option').id },
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
    if (done.type !== 'order') throw new Error(`cart ${cart.id} did not become an order`);
    return done.data.id;
  }
  const { cart } = await client.post<{ cart: { id: string } }>('/store/carts', {
    region_id: regionId,
    email,
    shipping_address: ADDRESS,
    items: [{ variant_id: variantId, quantity: 1 }],
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

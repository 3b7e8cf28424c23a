import fs from 'node:fs';
import path from 'node:path';

import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules, ProductStatus } from '@medusajs/framework/utils';
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createApiKeysWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createCustomerAddressesWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  createUserAccountWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from '@medusajs/medusa/core-flows';

// The seeded world shared with the Medusa v1 dev backend (../seed-world.json). Amounts there
// are in cents, as Medusa v1 stores them; Medusa v2 stores major units. The product pictures
// are PNG files the backend tool drew (MEDUSA_SEED_IMAGES_DIR/<handle>.png); they go into
// Medusa's own file storage. What the merchant does to the personas' orders afterwards
// (ship, deliver, cancel, refund) goes through the admin API once the server runs
// (tools/backends/v2.ts), as the merchant's account created here.

type WorldAddress = {
  firstName: string;
  lastName: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  province: string;
  postalCode: string;
  countryCode: string;
  phone: string;
};
type World = {
  currency: string;
  region: { name: string; countries: string[] };
  shippingOption: { name: string; amount: number };
  products: { handle: string; title: string; variantTitle: string; price: number }[];
  discounts: { code: string; percentage: number; description: string }[];
  customers: {
    email: string;
    emailEnv?: string;
    password: string;
    passwordEnv?: string;
    firstName: string;
    lastName: string;
    phone: string;
    addresses: WorldAddress[];
    defaultShippingAddress: number;
    orders: {
      items: { product: string; quantity: number }[];
      shippingAddress: number;
      /** Where the order is billed; the shipping address when absent. */
      billingAddress?: number;
      discount?: string;
    }[];
    /** Placed with the customer's email before their account exists. */
    guestOrders?: { items: { product: string; quantity: number }[]; shippingAddress: number; billingAddress?: number; discount?: string }[];
  }[];
};

const major = (cents: number) => cents / 100;

const toAddress = (a: WorldAddress) => ({
  first_name: a.firstName,
  last_name: a.lastName,
  company: a.company || undefined,
  address_1: a.address1,
  address_2: a.address2 || undefined,
  city: a.city,
  province: a.province || undefined,
  postal_code: a.postalCode,
  country_code: a.countryCode,
  phone: a.phone || undefined,
});

type SeedStore = { region: string; salesChannel: string; shippingOption: string; currency: string; variantOf: Record<string, string> };
type SeedOrder = World['customers'][number]['orders'][number];

/**
 * A real order: a cart with the shopper's lines and addresses, shipping, a payment session,
 * completion. Without `customerId` it is a guest's order (a cart with the email alone).
 */
async function placeOrder(
  container: ExecArgs['container'],
  store: SeedStore,
  seeded: World['customers'][number],
  order: SeedOrder,
  { email, customerId }: { email: string; customerId?: string },
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.region,
      sales_channel_id: store.salesChannel,
      ...(customerId ? { customer_id: customerId } : {}),
      email,
      currency_code: store.currency,
      shipping_address: toAddress(seeded.addresses[order.shippingAddress]!),
      billing_address: toAddress(seeded.addresses[order.billingAddress ?? order.shippingAddress]!),
      items: order.items.map((item) => ({ variant_id: store.variantOf[item.product]!, quantity: item.quantity })),
      ...(order.discount ? { promo_codes: [order.discount] } : {}),
    },
  });
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: store.shippingOption }] } });
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } });
  const {
    data: [withCollection],
  } = await query.graph({ entity: 'cart', fields: ['payment_collection.id'], filters: { id: cart.id } });
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: withCollection!.payment_collection!.id, provider_id: 'pp_system_default' },
  });
  await completeCartWorkflow(container).run({ input: { id: cart.id } });
}

export default async function seed({ container }: ExecArgs) {
  const world: World = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), '..', 'seed-world.json'), 'utf8'));
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const link = container.resolve(ContainerRegistrationKeys.LINK);
  const fulfillment = container.resolve(Modules.FULFILLMENT);
  const auth = container.resolve(Modules.AUTH);
  const storeModule = container.resolve(Modules.STORE);
  const countries = world.region.countries;

  logger.info('Seeding store, region, shipping and products…');
  const [store] = await storeModule.listStores();
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: 'Web store' }] },
  });
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store!.id },
      update: {
        name: process.env.STORE_NAME || 'Medusa Store',
        supported_currencies: [{ currency_code: world.currency, is_default: true }],
        default_sales_channel_id: salesChannel!.id,
      },
    },
  });

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: world.region.name, currency_code: world.currency, countries, payment_providers: ['pp_system_default'] }],
    },
  });
  await createTaxRegionsWorkflow(container).run({
    input: countries.map((country_code) => ({ country_code, provider_id: 'tp_system' })),
  });

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    // tools/backends/v2.ts hands the key with this title to the storefront.
    input: { api_keys: [{ title: 'Account storefront', type: 'publishable', created_by: '' }] },
  });
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey!.id, add: [salesChannel!.id] } });

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: 'Main warehouse', address: { city: 'London', country_code: 'gb', address_1: '1 Depot Road' } }] },
  });
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location!.id, add: [salesChannel!.id] } });
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: 'manual_manual' },
  });

  const existingProfiles = await fulfillment.listShippingProfiles({ type: 'default' });
  const shippingProfile =
    existingProfiles[0] ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: 'Default', type: 'default' }] } })).result[0]!;

  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: 'Europe delivery',
    type: 'shipping',
    service_zones: [{ name: 'Europe', geo_zones: countries.map((country_code) => ({ country_code, type: 'country' as const })) }],
  });
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  });

  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: world.shippingOption.name,
        price_type: 'flat',
        provider_id: 'manual_manual',
        service_zone_id: fulfillmentSet.service_zones[0]!.id,
        shipping_profile_id: shippingProfile.id,
        type: { label: 'Standard', description: 'Delivered in 2-4 working days.', code: 'standard' },
        prices: [
          { currency_code: world.currency, amount: major(world.shippingOption.amount) },
          { region_id: region!.id, amount: major(world.shippingOption.amount) },
        ],
        rules: [
          { attribute: 'enabled_in_store', value: 'true', operator: 'eq' },
          { attribute: 'is_return', value: 'false', operator: 'eq' },
        ],
      },
    ],
  });

  // Each product's picture, stored before any order: a line item keeps the thumbnail its
  // product had when it was added to the cart.
  const imagesDir = process.env.MEDUSA_SEED_IMAGES_DIR;
  if (!imagesDir) throw new Error('MEDUSA_SEED_IMAGES_DIR is not set: run the seed through the backend tool');
  const { result: uploaded } = await uploadFilesWorkflow(container).run({
    input: {
      files: world.products.map((p) => ({
        filename: `${p.handle}.png`,
        mimeType: 'image/png',
        content: fs.readFileSync(path.join(imagesDir, `${p.handle}.png`)).toString('base64'),
        access: 'public' as const,
      })),
    },
  });
  const imageOf = Object.fromEntries(world.products.map((p, index) => [p.handle, uploaded[index]!.url]));

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: world.products.map((p) => ({
        title: p.title,
        handle: p.handle,
        thumbnail: imageOf[p.handle],
        images: [{ url: imageOf[p.handle]! }],
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfile.id,
        options: [{ title: 'Size', values: [p.variantTitle] }],
        variants: [
          {
            title: p.variantTitle,
            options: { Size: p.variantTitle },
            manage_inventory: false,
            prices: [{ amount: major(p.price), currency_code: world.currency }],
          },
        ],
        sales_channels: [{ id: salesChannel!.id }],
      })),
    },
  });
  const variantOf = Object.fromEntries(products.map((p) => [p.handle, p.variants[0]!.id]));

  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: world.discounts.map((d) => ({
        code: d.code,
        type: 'standard' as const,
        status: 'active' as const,
        is_automatic: false,
        application_method: {
          type: 'percentage' as const,
          target_type: 'order' as const,
          allocation: 'across' as const,
          value: d.percentage,
          currency_code: world.currency,
        },
      })),
    },
  });

  // The merchant's account (development only), for the admin API steps that follow.
  const admin = {
    email: process.env.MEDUSA_ADMIN_EMAIL || 'admin@example.com',
    password: process.env.MEDUSA_ADMIN_PASSWORD || 'dev-only-admin-password',
  };
  const { authIdentity: adminIdentity, error: adminError } = await auth.register('emailpass', { body: admin });
  if (!adminIdentity) throw new Error(`could not register ${admin.email}: ${adminError}`);
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: adminIdentity.id, userData: { email: admin.email } },
  });

  const seedStore: SeedStore = {
    region: region!.id,
    salesChannel: salesChannel!.id,
    shippingOption: shippingOption!.id,
    currency: world.currency,
    variantOf,
  };
  for (const seeded of world.customers) {
    const email = (seeded.emailEnv && process.env[seeded.emailEnv]) || seeded.email;
    const password = (seeded.passwordEnv && process.env[seeded.passwordEnv]) || seeded.password;
    // Orders placed as a guest (the email alone), before the account exists: Medusa 2.21's
    // carts look the email up among the customers (findOrCreateCustomerStep), and one with an
    // account would take the order straight into that account. Medusa keeps these with a guest
    // customer of the same email (has_account false); the account made next is another one.
    for (const order of seeded.guestOrders ?? []) await placeOrder(container, seedStore, seeded, order, { email });
    if (seeded.guestOrders?.length) logger.info(`Seeded ${email}: ${seeded.guestOrders.length} orders without an account`);
    const { authIdentity, error } = await auth.register('emailpass', { body: { email, password } });
    if (!authIdentity) throw new Error(`could not register ${email}: ${error}`);
    const { result: customer } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        customerData: { email, first_name: seeded.firstName, last_name: seeded.lastName, phone: seeded.phone || undefined },
      },
    });
    await createCustomerAddressesWorkflow(container).run({
      input: {
        addresses: seeded.addresses.map((a, index) => ({
          ...toAddress(a),
          customer_id: customer.id,
          is_default_shipping: index === seeded.defaultShippingAddress,
        })),
      },
    });

    // Real orders: a cart per order, shipping, a payment session, completion.
    for (const order of seeded.orders) await placeOrder(container, seedStore, seeded, order, { email, customerId: customer.id });
    logger.info(`Seeded ${email}: ${seeded.addresses.length} addresses, ${seeded.orders.length} orders`);
  }

  logger.info(`Publishable API key: ${apiKey!.token}`);
}

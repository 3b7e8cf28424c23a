import type { MedusaVersion } from '@/tools/lib/backends';
import type { Merchant } from '@/tools/backends/merchant';
import { merchantAt as v1Merchant } from '@/tools/backends/merchant-v1';
import { merchantAt as v2Merchant } from '@/tools/backends/merchant-v2';
import { createShopper, orderMaterials, placeOrder } from '@/tools/lib/store-orders';

import { backendInfo } from './backends';

// The merchant's side of a journey, through the dev backend's admin API: what a test needs
// done to an order that a shopper cannot do (take the payment, ship, receive a return).

export async function merchantFor(version: MedusaVersion): Promise<Merchant> {
  const { url, publishableKey } = backendInfo(version);
  if (version === 'v1') return v1Merchant(url);
  if (!publishableKey) throw new Error('Medusa v2 needs its publishable key: was it seeded?');
  return v2Merchant(url, publishableKey);
}

/**
 * A new customer with one order of two units of a product, paid and shipped in one parcel:
 * something to send back.
 */
export async function customerWithShippedOrder(
  version: MedusaVersion,
  customer: { email: string; password: string; firstName: string; lastName: string },
): Promise<{ orderId: string; lineId: string }> {
  const { url, publishableKey } = backendInfo(version);
  const shopper = await createShopper(version, url, publishableKey, customer);
  const { regionId, variantId } = await orderMaterials(shopper);
  await placeOrder(shopper, {
    email: customer.email,
    regionId,
    items: [{ variantId, quantity: 2 }],
  });
  const merchant = await merchantFor(version);
  const [order] = await merchant.ordersOf(customer.email);
  if (!order) throw new Error(`${customer.email}: the order is not at the backend`);
  await merchant.capture(order);
  await merchant.ship(
    order,
    order.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
    [{ number: 'EXRETURN1', url: 'https://tracking.example.com/parcels/EXRETURN1' }],
  );
  return { orderId: order.id, lineId: order.lines[0]!.id };
}

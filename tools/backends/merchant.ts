// The personas' orders after they were placed: what a merchant does to them through the admin
// API (capture the payment, ship with tracking, mark delivered, cancel, refund), played in the
// same order on both dev backends from backend/seed-world.json. Each version's module says how
// its admin API does each step (tools/backends/v1.ts, v2.ts).
import type { MerchantStep, ReturnReasonSetting, World, WorldCustomer } from './world';

/** One order as the merchant's steps need it. */
export type AdminOrder = {
  id: string;
  displayId: number;
  lines: { id: string; title: string; quantity: number }[];
};

export type TrackingNumber = { number: string; url: string };

/** A merchant's hands on one backend's admin API. */
export interface Merchant {
  /** The customer's orders, oldest first (the order the world lists them in). */
  ordersOf(email: string): Promise<AdminOrder[]>;
  capture(order: AdminOrder): Promise<void>;
  /** Fulfils and ships these lines in one parcel; resolves with the shipment's id. */
  ship(
    order: AdminOrder,
    lines: readonly { id: string; quantity: number }[],
    tracking: readonly TrackingNumber[],
  ): Promise<string>;
  /** False where the backend has no delivery state (Medusa v1). */
  markDelivered(order: AdminOrder, shipmentId: string): Promise<boolean>;
  cancel(order: AdminOrder): Promise<void>;
  /** `amount` in minor units; what was paid when absent. */
  refund(order: AdminOrder, amount: number | undefined): Promise<void>;
  /** The store's return reasons and its return shipping option (`amount` in minor units). */
  offerReturns(
    reasons: readonly ReturnReasonSetting[],
    option: World['returnShippingOption'],
  ): Promise<void>;
  /**
   * What the shopper does at the store: a return of these lines, for the reason with this
   * value, by the store's return shipping.
   */
  requestReturn(
    order: AdminOrder,
    lines: readonly { id: string; quantity: number }[],
    reason: string,
  ): Promise<void>;
  /** Receives every return under way on the order, and refunds what it is worth. */
  receiveReturns(order: AdminOrder): Promise<void>;
}

/** The customers whose orders the merchant acts on after they were placed. */
export const hasMerchantSteps = (customer: WorldCustomer) =>
  customer.orders.some((order) => order.merchant?.length);

export async function playMerchantSteps(
  merchant: Merchant,
  world: World,
  customers: readonly WorldCustomer[],
  log: (line: string) => void = console.log,
) {
  const titleOf = new Map(world.products.map((p) => [p.handle, p.title]));
  await merchant.offerReturns(world.returnReasons, world.returnShippingOption);
  log(`  returns: ${world.returnReasons.length} reasons, "${world.returnShippingOption.name}"`);
  for (const customer of customers.filter(hasMerchantSteps)) {
    const orders = await merchant.ordersOf(customer.email);
    if (orders.length !== customer.orders.length)
      throw new Error(
        `${customer.email}: ${orders.length} orders at the backend, ${customer.orders.length} in the world`,
      );
    for (const [index, planned] of customer.orders.entries()) {
      const order = orders[index]!;
      const done: string[] = [];
      let lastShipment: string | undefined;
      for (const step of planned.merchant ?? []) {
        if (step.do === 'ship') {
          lastShipment = await ship(merchant, order, planned.items, step, titleOf);
        } else if (step.do === 'deliver') {
          if (!lastShipment) throw new Error(`order #${order.displayId}: delivered before shipped`);
          if (!(await merchant.markDelivered(order, lastShipment))) {
            done.push('deliver (no delivery state on this backend)');
            continue;
          }
        } else if (step.do === 'return') {
          const lines = linesOf(order, planned.items, step.items, titleOf);
          await merchant.requestReturn(order, lines, step.reason);
          await merchant.receiveReturns(order);
        } else if (step.do === 'capture') await merchant.capture(order);
        else if (step.do === 'cancel') await merchant.cancel(order);
        else await merchant.refund(order, step.amount);
        done.push(step.do);
      }
      log(`  ${customer.email}: order #${order.displayId}: ${done.join(', ')}`);
    }
  }
}

/** Ships the step's items (all of the order's when it names none) in one parcel. */
function ship(
  merchant: Merchant,
  order: AdminOrder,
  items: readonly { product: string; quantity: number }[],
  step: Extract<MerchantStep, { do: 'ship' }>,
  titleOf: ReadonlyMap<string, string>,
): Promise<string> {
  return merchant.ship(order, linesOf(order, items, step.items, titleOf), step.tracking);
}

/** The order's lines for these items of the world's order (all of them when none is named). */
function linesOf(
  order: AdminOrder,
  items: readonly { product: string; quantity: number }[],
  indexes: readonly number[] | undefined,
  titleOf: ReadonlyMap<string, string>,
) {
  const chosen = indexes ?? items.map((_, index) => index);
  return chosen.map((index) => {
    const item = items[index];
    const title = item && titleOf.get(item.product);
    const line = order.lines.find((l) => l.title === title);
    if (!item || !line) throw new Error(`order #${order.displayId}: no line for item ${index}`);
    return { id: line.id, quantity: item.quantity };
  });
}

import { createHmac } from 'node:crypto';

import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';

// Tells the account storefront whose orders just changed, so that it drops what it cached of
// them (its /api/order-events endpoint; see "Order cache" in the storefront's docs/architecture.md). Copy
// this file into your own Medusa's src/subscribers and set, on the Medusa server:
//   STOREFRONT_ORDER_EVENTS_URLS  the storefront's base URL(s), comma-separated
//   ORDER_EVENTS_SECRET           the same secret as the storefront's (32 characters or more)
// Without them it does nothing. Each delivery is a POST of {"customer_ids": [...]} signed
// with HMAC-SHA256 over "<unix seconds>.<body>", in the header
// x-order-events-signature: t=<unix seconds>,v1=<hex>.

/** Events whose payload names the order (`id`, or `order_id` for the order's sub-parts). */
const ORDER_EVENTS = [
  'order.placed',
  'order.updated',
  'order.canceled',
  'order.completed',
  'order.archived',
  'order.fulfillment_created',
  'order.fulfillment_canceled',
  'order.return_requested',
  'order.return_received',
  'order.claim_created',
  'order.exchange_created',
  'order.transfer_requested',
  'order-edit.confirmed',
];
/** Events whose payload names a fulfillment (`id`) of the order. */
const FULFILLMENT_EVENTS = ['shipment.created', 'delivery.created'];

type OrderEvent = { id?: string; order_id?: string };
const DELIVERY_TIMEOUT_MS = 2_000;

export default async function tellStorefronts({
  event,
  container,
}: SubscriberArgs<OrderEvent | OrderEvent[]>) {
  const urls = (process.env.STOREFRONT_ORDER_EVENTS_URLS ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const secret = process.env.ORDER_EVENTS_SECRET?.trim();
  if (!urls.length || !secret) return;

  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const payloads = Array.isArray(event.data) ? event.data : [event.data];
  let customerIds: (string | null | undefined)[];
  if (FULFILLMENT_EVENTS.includes(event.name)) {
    const ids = payloads.flatMap((p) => p.id ?? []);
    const { data } = await query.graph({
      entity: 'fulfillment',
      fields: ['order.customer_id'],
      filters: { id: ids },
    });
    customerIds = data.map((fulfillment) => fulfillment.order?.customer_id);
  } else {
    const ids = payloads.flatMap((p) => p.order_id ?? p.id ?? []);
    const { data } = await query.graph({
      entity: 'order',
      fields: ['customer_id'],
      filters: { id: ids },
    });
    customerIds = data.map((order) => order.customer_id);
  }
  const unique = [...new Set(customerIds.filter((id): id is string => Boolean(id)))];
  if (!unique.length) return;

  const body = JSON.stringify({ customer_ids: unique });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(`${url}/api/order-events`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-order-events-signature': `t=${timestamp},v1=${signature}`,
          },
          body,
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        if (!response.ok) logger.warn(`order events: ${url} answered ${response.status}`);
      } catch (error) {
        // A storefront that is not running is normal on a developer's machine.
        logger.debug(`order events: ${url} unreachable (${(error as Error).message})`);
      }
    }),
  );
}

export const config: SubscriberConfig = {
  event: [...ORDER_EVENTS, ...FULFILLMENT_EVENTS],
  context: { subscriberId: 'storefront-order-events' },
};

'use strict';
// Tells the account storefront whose orders just changed, so that it drops what it cached of
// them (its /api/order-events endpoint; see "Order cache" in the storefront's docs/architecture.md): the
// Medusa 1.x counterpart of backend/medusa-v2/src/subscribers/order-events.ts, with the same
// settings (STOREFRONT_ORDER_EVENTS_URLS, ORDER_EVENTS_SECRET) and the same signed request.
// Medusa 1.x loads subscribers from dist/subscribers; the backend script copies this plain
// CommonJS file there (tools/backends/v1.ts, build()).
const { createHmac } = require('crypto');

/** Every order event Medusa 1.x emits names the order as `id`. */
const ORDER_EVENTS = [
  'order.placed',
  'order.updated',
  'order.canceled',
  'order.completed',
  'order.payment_captured',
  'order.fulfillment_created',
  'order.fulfillment_canceled',
  'order.shipment_created',
  'order.return_requested',
  'order.items_returned',
  'order.refund_created',
  'order.swap_created',
];
const DELIVERY_TIMEOUT_MS = 2000;

async function tellStorefronts({ data, container }) {
  const urls = (process.env.STOREFRONT_ORDER_EVENTS_URLS || '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const secret = (process.env.ORDER_EVENTS_SECRET || '').trim();
  if (!urls.length || !secret || !data || !data.id) return;

  const logger = container.resolve('logger');
  const order = await container
    .resolve('orderService')
    .retrieve(data.id, { select: ['id', 'customer_id'] });
  if (!order.customer_id) return;

  const body = JSON.stringify({ customer_ids: [order.customer_id] });
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
        logger.debug(`order events: ${url} unreachable (${error.message})`);
      }
    }),
  );
}

// Medusa imports this file as an ES module interop object; mark it so `default` is the handler.
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = tellStorefronts;
exports.config = { event: ORDER_EVENTS, context: { subscriberId: 'storefront-order-events' } };

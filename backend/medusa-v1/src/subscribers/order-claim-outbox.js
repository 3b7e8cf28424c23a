'use strict';
// DEVELOPMENT ONLY. Medusa sends no email by itself. When a signed-in customer asks to add
// orders placed without an account (`POST /store/orders/batch/customer/token`), Medusa 1.x
// signs a token of 15 minutes and emits `order-update-token.created` once per address the
// orders were placed with: `{ old_email, new_customer_id, orders, token }`. This subscriber
// writes that "email" as a JSON line to MEDUSA_OUTBOX_FILE, the reset mails' outbox, with
// `kind: "order-claim"` so readers can tell the mails apart; its link is the storefront's
// confirm page. Medusa 1.x loads compiled subscribers from dist/subscribers; the backend
// script copies this plain CommonJS file there (tools/backends/v1.ts, build()).
const fs = require('fs');
const path = require('path');

async function writeClaimMail({ data }) {
  const file = process.env.MEDUSA_OUTBOX_FILE;
  if (!file || !data || !data.old_email || !data.token || !Array.isArray(data.orders)) return;
  const [order] = data.orders;
  if (!order) return;
  const storefront = (process.env.STOREFRONT_URL || 'http://localhost:3000').replace(/\/+$/, '');
  const query = new URLSearchParams({ order, token: data.token, customer: data.new_customer_id });
  const mail = {
    kind: 'order-claim',
    email: data.old_email,
    order,
    token: data.token,
    link: `${storefront}/account/orders/claim/confirm?${query}`,
    at: new Date().toISOString(),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(mail)}\n`);
}

// Medusa imports this file as an ES module interop object; mark it so `default` is the handler.
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = writeClaimMail;
exports.config = {
  event: 'order-update-token.created',
  context: { subscriberId: 'order-claim-outbox' },
};

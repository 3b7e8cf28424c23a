'use strict';
// DEVELOPMENT ONLY. Medusa sends no email by itself; this subscriber writes each
// password-reset "email" as a JSON line to MEDUSA_OUTBOX_FILE, so that tests and support
// staff can follow the link a customer would receive. Medusa 1.x loads compiled
// subscribers from dist/subscribers; the backend script copies this plain CommonJS file
// there (tools/backends/v1.ts, build()).
const fs = require('fs');
const path = require('path');

async function writeResetMail({ data }) {
  const file = process.env.MEDUSA_OUTBOX_FILE;
  if (!file || !data || !data.email || !data.token) return;
  const storefront = (process.env.STOREFRONT_URL || 'http://localhost:3000').replace(/\/+$/, '');
  const query = new URLSearchParams({ token: data.token, email: data.email });
  const mail = {
    email: data.email,
    token: data.token,
    link: `${storefront}/account/reset-password?${query}`,
    at: new Date().toISOString(),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(mail)}\n`);
}

// Medusa imports this file as an ES module interop object; mark it so `default` is the handler.
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = writeResetMail;
exports.config = {
  event: 'customer.password_reset',
  context: { subscriberId: 'password-reset-outbox' },
};

import fs from 'node:fs';
import path from 'node:path';

import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';

// DEVELOPMENT ONLY. Medusa sends no email by itself; this subscriber writes each customer
// password-reset "email" as a JSON line to MEDUSA_OUTBOX_FILE (keep it outside this folder:
// `medusa develop` restarts on writes inside it), so that tests and support staff can follow
// the link a customer would receive.
type PasswordResetEvent = { entity_id: string; token: string; actor_type?: string };

export default async function writeResetMail({ event }: SubscriberArgs<PasswordResetEvent>) {
  const file = process.env.MEDUSA_OUTBOX_FILE;
  const { entity_id: email, token, actor_type: actorType } = event.data;
  if (!file || !email || !token || (actorType && actorType !== 'customer')) return;
  const storefront = (process.env.STOREFRONT_URL || 'http://localhost:3000').replace(/\/+$/, '');
  const query = new URLSearchParams({ token, email });
  const mail = { email, token, link: `${storefront}/account/reset-password?${query}`, at: new Date().toISOString() };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(mail)}\n`);
}

export const config: SubscriberConfig = { event: 'auth.password_reset' };

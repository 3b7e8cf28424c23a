import fs from 'node:fs';
import path from 'node:path';

import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';

// DEVELOPMENT ONLY. Medusa mails nothing by itself. When a signed-in customer asks to move an
// order into their account (`POST /store/orders/:id/transfer/request`), Medusa emits
// `order.transfer_requested` with the order and the order change it opened; the token is not
// in the event but in that change's TRANSFER_CUSTOMER action (`details.token`, beside
// `details.original_email`, the address the order was placed with; `reference_id` is the
// customer who asked). This subscriber writes the "email" to that address as a JSON line to
// MEDUSA_OUTBOX_FILE, the reset mails' outbox, with `kind: "order-transfer"` so readers can
// tell the mails apart. Its link is the storefront's confirm page, naming the order, the
// token and the account that asked (the token alone does not say whose it is). A store sends
// the same link through its own notification provider.
type TransferRequested = { id: string; order_change_id: string };
type TransferAction = {
  action?: string | null;
  reference_id?: string | null;
  details?: { token?: string; original_email?: string } | null;
};

export default async function writeTransferMail({
  event,
  container,
}: SubscriberArgs<TransferRequested>) {
  const file = process.env.MEDUSA_OUTBOX_FILE;
  const { id: orderId, order_change_id: changeId } = event.data;
  if (!file || !orderId || !changeId) return;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const {
    data: [change],
  } = await query.graph({
    entity: 'order_change',
    fields: ['id', 'order_id', 'actions.action', 'actions.reference_id', 'actions.details'],
    filters: { id: changeId },
  });
  const actions = ((change as { actions?: TransferAction[] } | undefined)?.actions ?? []);
  const transfer = actions.find((action) => action?.action === 'TRANSFER_CUSTOMER');
  const token = transfer?.details?.token;
  const email = transfer?.details?.original_email;
  const customer = transfer?.reference_id;
  if (!token || !email || !customer) return;

  const storefront = (process.env.STOREFRONT_URL || 'http://localhost:3000').replace(/\/+$/, '');
  const link = new URLSearchParams({ order: orderId, token, customer });
  const mail = {
    kind: 'order-transfer',
    email,
    order: orderId,
    token,
    link: `${storefront}/account/orders/claim/confirm?${link}`,
    at: new Date().toISOString(),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(mail)}\n`);
}

export const config: SubscriberConfig = {
  event: 'order.transfer_requested',
  context: { subscriberId: 'order-transfer-outbox' },
};

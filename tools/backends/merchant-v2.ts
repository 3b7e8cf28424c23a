// The merchant's steps on Medusa v2's admin API (tools/backends/merchant.ts says what each
// does), for the seed and for the browser suites' journeys that need the merchant's side.
import { first, StoreClient } from '../lib/store-client';
import { DEV_ADMIN } from './dev-admin';
import type { AdminOrder, Merchant } from './merchant';

type V2AdminOrder = {
  id: string;
  display_id: number;
  items: { id: string; title: string; quantity: number }[];
  fulfillments?: { id: string }[];
  payment_collections?: { payments?: { id: string; amount: number }[] }[];
  summary?: { pending_difference?: number };
};

type V2Return = {
  id: string;
  status: string;
  items: { item_id: string; quantity: number | string }[];
};

/** The merchant of the Medusa v2 store at `url`, signed in to its admin API. */
export async function merchantAt(url: string, publishableKey: string): Promise<Merchant> {
  const { token } = await new StoreClient(url).post<{ token: string }>('/auth/user/emailpass', {
    email: DEV_ADMIN.email,
    password: DEV_ADMIN.password,
  });
  return merchantOf(
    new StoreClient(url, { authorization: `Bearer ${token}` }),
    new StoreClient(url, {}, publishableKey),
  );
}

/**
 * The merchant's steps on Medusa v2's admin API (amounts in major units, as v2 keeps them);
 * `store` is the store API, for what the shopper does there.
 */
export function merchantOf(admin: StoreClient, store: StoreClient): Merchant {
  const order = async (id: string, fields: string) =>
    (await admin.get<{ order: V2AdminOrder }>(`/admin/orders/${id}?fields=${fields}`)).order;
  const payments = async (id: string) =>
    (
      await order(id, 'payment_collections.payments.id,payment_collections.payments.amount')
    ).payment_collections?.flatMap((c) => c.payments ?? []) ?? [];
  const fulfillments = async (id: string) =>
    ((await order(id, 'fulfillments.id')).fulfillments ?? []).map((f) => f.id);
  return {
    async ordersOf(email) {
      const { customers } = await admin.get<{ customers: { id: string }[] }>(
        `/admin/customers?email=${encodeURIComponent(email)}&fields=id`,
      );
      const { orders } = await admin.get<{ orders: V2AdminOrder[] }>(
        `/admin/orders?customer_id=${first(customers, email).id}&order=created_at&limit=100&fields=id,display_id,items.id,items.title,items.quantity`,
      );
      return orders.map((o): AdminOrder => ({ id: o.id, displayId: o.display_id, lines: o.items }));
    },
    async capture({ id }) {
      for (const payment of await payments(id))
        await admin.post(`/admin/payments/${payment.id}/capture`, {});
    },
    async ship({ id }, lines, tracking) {
      const before = new Set(await fulfillments(id));
      await admin.post(`/admin/orders/${id}/fulfillments`, { items: lines });
      const created = (await fulfillments(id)).find((f) => !before.has(f));
      if (!created) throw new Error(`order ${id}: the new fulfillment is not in the answer`);
      await admin.post(`/admin/orders/${id}/fulfillments/${created}/shipments`, {
        items: lines,
        labels: tracking.map((t) => ({
          tracking_number: t.number,
          tracking_url: t.url,
          label_url: t.url,
        })),
      });
      return created;
    },
    async markDelivered({ id }, shipmentId) {
      await admin.post(`/admin/orders/${id}/fulfillments/${shipmentId}/mark-as-delivered`, {});
      return true;
    },
    async cancel({ id }) {
      await admin.post(`/admin/orders/${id}/cancel`, {});
    },
    async refund({ id }, amount) {
      const payment = first(await payments(id), `payment of order ${id}`);
      await admin.post(`/admin/payments/${payment.id}/refund`, {
        amount: amount === undefined ? payment.amount : amount / 100,
      });
    },
    async offerReturns(reasons, option) {
      for (const reason of reasons) await admin.post('/admin/return-reasons', reason);
      // Beside the outbound option: the same service zone and shipping profile.
      const { shipping_options } = await admin.get<{
        shipping_options: { service_zone_id: string; shipping_profile_id: string }[];
      }>('/admin/shipping-options?fields=id,service_zone_id,shipping_profile_id');
      const outbound = first(shipping_options, 'shipping option');
      const { stores } = await admin.get<{
        stores: { supported_currencies: { currency_code: string }[] }[];
      }>('/admin/stores?fields=supported_currencies.currency_code');
      await admin.post('/admin/shipping-options', {
        name: option.name,
        price_type: 'flat',
        provider_id: 'manual_manual',
        service_zone_id: outbound.service_zone_id,
        shipping_profile_id: outbound.shipping_profile_id,
        type: { label: 'Return', description: 'Sent back by post.', code: 'return' },
        prices: first(stores, 'store').supported_currencies.map((c) => ({
          currency_code: c.currency_code,
          amount: option.amount / 100,
        })),
        rules: [
          { attribute: 'enabled_in_store', value: 'true', operator: 'eq' },
          { attribute: 'is_return', value: 'true', operator: 'eq' },
        ],
      });
    },
    async requestReturn({ id }, lines, reason) {
      const { return_reasons } = await admin.get<{
        return_reasons: { id: string; value: string }[];
      }>('/admin/return-reasons?fields=id,value&limit=100');
      const reasonId = return_reasons.find((r) => r.value === reason)?.id;
      if (!reasonId) throw new Error(`no return reason "${reason}" at the store`);
      const { shipping_options } = await admin.get<{
        shipping_options: { id: string; rules: { attribute: string; value: string }[] }[];
      }>('/admin/shipping-options?fields=id,rules.attribute,rules.value&limit=100');
      const option = shipping_options.find((o) =>
        o.rules.some((rule) => rule.attribute === 'is_return' && rule.value === 'true'),
      );
      if (!option) throw new Error('no return shipping option at the store');
      await store.post('/store/returns', {
        order_id: id,
        items: lines.map((line) => ({ id: line.id, quantity: line.quantity, reason_id: reasonId })),
        return_shipping: { option_id: option.id },
      });
    },
    async receiveReturns({ id }) {
      const { returns } = await admin.get<{ returns: V2Return[] }>(
        `/admin/returns?order_id=${id}&fields=id,status,items.item_id,items.quantity&limit=100`,
      );
      for (const open of returns.filter((r) => r.status === 'requested')) {
        await admin.post(`/admin/returns/${open.id}/receive`, {});
        await admin.post(`/admin/returns/${open.id}/receive-items`, {
          items: open.items.map((item) => ({ id: item.item_id, quantity: Number(item.quantity) })),
        });
        await admin.post(`/admin/returns/${open.id}/receive/confirm`, {});
      }
      // What the order now owes the shopper: the items received, less the return shipping.
      const { summary } = await order(id, 'summary');
      const owed = -(summary?.pending_difference ?? 0);
      if (owed > 0) {
        const payment = first(await payments(id), `payment of order ${id}`);
        await admin.post(`/admin/payments/${payment.id}/refund`, { amount: owed });
      }
    },
  };
}

// The merchant's steps on Medusa v1's admin API (tools/backends/merchant.ts says what each
// does), for the seed and for the browser suites' journeys that need the merchant's side.
import { first, StoreClient } from '../lib/store-client';
import { DEV_ADMIN } from './dev-admin';
import type { AdminOrder, Merchant } from './merchant';

type V1AdminOrder = {
  id: string;
  display_id: number;
  items: { id: string; title: string; quantity: number }[];
  fulfillments?: { id: string }[];
  refundable_amount?: number;
};

type V1Return = {
  id: string;
  status: string;
  items: { item_id: string; quantity: number }[];
};

/** The merchant of the Medusa v1 store at `url`, through its admin API token. */
export function merchantAt(url: string): Merchant {
  return merchant(new StoreClient(url, { 'x-medusa-access-token': DEV_ADMIN.v1ApiToken }));
}

/** The merchant's steps on Medusa v1's admin API (amounts in minor units, as v1 keeps them). */
function merchant(admin: StoreClient): Merchant {
  const store = new StoreClient(admin.baseUrl);
  const order = async (id: string, query = '') =>
    (await admin.get<{ order: V1AdminOrder }>(`/admin/orders/${id}${query}`)).order;
  return {
    async ordersOf(email) {
      const { orders } = await admin.get<{ orders: V1AdminOrder[] }>(
        `/admin/orders?email=${encodeURIComponent(email)}&order=created_at&limit=100&expand=items&fields=id,display_id`,
      );
      return orders.map((o): AdminOrder => ({ id: o.id, displayId: o.display_id, lines: o.items }));
    },
    async capture({ id }) {
      await admin.post(`/admin/orders/${id}/capture`, {});
    },
    async ship({ id }, lines, tracking) {
      const before = new Set(
        ((await order(id, '?expand=fulfillments')).fulfillments ?? []).map((f) => f.id),
      );
      await admin.post(`/admin/orders/${id}/fulfillment`, {
        items: lines.map((line) => ({ item_id: line.id, quantity: line.quantity })),
      });
      const created = ((await order(id, '?expand=fulfillments')).fulfillments ?? []).find(
        (f) => !before.has(f.id),
      );
      if (!created) throw new Error(`order ${id}: the new fulfillment is not in the answer`);
      // v1's shipment takes tracking numbers only: it records no carrier URL.
      await admin.post(`/admin/orders/${id}/shipment`, {
        fulfillment_id: created.id,
        tracking_numbers: tracking.map((t) => t.number),
      });
      return created.id;
    },
    async markDelivered() {
      return false;
    },
    async cancel({ id }) {
      await admin.post(`/admin/orders/${id}/cancel`, {});
    },
    async refund({ id }, amount) {
      const refundable = (await order(id)).refundable_amount ?? 0;
      await admin.post(`/admin/orders/${id}/refund`, {
        amount: amount ?? refundable,
        reason: 'other',
        note: 'Seeded refund (development data)',
      });
    },
    async offerReturns(reasons, option) {
      for (const reason of reasons) await admin.post('/admin/return-reasons', reason);
      const { regions } = await admin.get<{ regions: { id: string }[] }>('/admin/regions');
      for (const region of regions)
        await admin.post('/admin/shipping-options', {
          name: option.name,
          region_id: region.id,
          provider_id: 'manual',
          data: { id: 'manual-fulfillment' },
          price_type: 'flat_rate',
          amount: option.amount,
          is_return: true,
        });
    },
    async requestReturn({ id }, lines, reason) {
      const { return_reasons } = await store.get<{
        return_reasons: { id: string; value: string }[];
      }>('/store/return-reasons');
      const { shipping_options } = await store.get<{ shipping_options: { id: string }[] }>(
        '/store/shipping-options?is_return=true',
      );
      const reasonId = return_reasons.find((r) => r.value === reason)?.id;
      if (!reasonId) throw new Error(`no return reason "${reason}" at the store`);
      await store.post('/store/returns', {
        order_id: id,
        items: lines.map((line) => ({
          item_id: line.id,
          quantity: line.quantity,
          reason_id: reasonId,
        })),
        return_shipping: { option_id: first(shipping_options, 'return shipping option').id },
      });
    },
    async receiveReturns({ id }) {
      const { order: withReturns } = await admin.get<{ order: { returns: V1Return[] } }>(
        `/admin/orders/${id}?expand=returns,returns.items`,
      );
      // Receiving refunds what the return is worth (its refund_amount) by itself on v1.
      for (const open of withReturns.returns.filter((r) => r.status === 'requested'))
        await admin.post(`/admin/returns/${open.id}/receive`, {
          items: open.items.map((item) => ({ item_id: item.item_id, quantity: item.quantity })),
        });
    },
  };
}

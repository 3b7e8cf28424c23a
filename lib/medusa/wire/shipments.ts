import type { Money, Order, Shipment, Tracking } from '../../store/types';

/** A tracking link's address, only when it is http(s): it becomes a link on the page. */
export function trackingUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A fulfilment as each adapter reads its version's own: line ids, dates and tracking. */
export type RawShipment = {
  id: string;
  createdAt?: string | null;
  shippedAt?: string | null;
  deliveredAt?: string | null;
  canceledAt?: string | null;
  items: readonly { lineId: string; quantity: number }[];
  tracking: readonly { number: string; url?: string | null }[];
};

const isoOrNull = (raw: string | null | undefined) => (raw ? new Date(raw).toISOString() : null);

/** The parcels not cancelled, oldest first, each with the titles of the order's own lines. */
export function toShipments(
  raw: readonly RawShipment[],
  lines: readonly { id: string; title: string }[],
): Shipment[] {
  const titleOf = new Map(lines.map((line) => [line.id, line.title]));
  return raw
    .filter((shipment) => !shipment.canceledAt)
    .sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? ''))
    .map((shipment): Shipment => {
      const shippedAt = isoOrNull(shipment.shippedAt);
      const deliveredAt = isoOrNull(shipment.deliveredAt);
      return {
        id: shipment.id,
        status: deliveredAt ? 'delivered' : shippedAt ? 'shipped' : 'preparing',
        shippedAt,
        deliveredAt,
        items: shipment.items.flatMap((item) => {
          const title = titleOf.get(item.lineId);
          return title === undefined
            ? []
            : [{ lineId: item.lineId, title, quantity: item.quantity }];
        }),
        tracking: shipment.tracking
          .filter((t) => t.number)
          .map((t): Tracking => ({ number: t.number, url: trackingUrl(t.url) })),
      };
    });
}

/** The codes used, once each; neither version says how much each code took on its own. */
export function toDiscounts(codes: readonly string[], discountTotal: Money): Order['discounts'] {
  const unique = [...new Set(codes.filter(Boolean))];
  return unique.map((code) => ({ code, amount: unique.length === 1 ? discountTotal : null }));
}

import type { Order, Shipment } from '@/lib/store';

import { formatDate } from './format';
import { StatusBadge } from './status-badge';

const SHIPMENT_STATUS = {
  preparing: { label: 'Being packed', tone: 'neutral' },
  shipped: { label: 'Shipped', tone: 'progress' },
  delivered: { label: 'Delivered', tone: 'success' },
} as const satisfies Record<Shipment['status'], { label: string; tone: string }>;

/**
 * The lines no parcel holds yet, or null when the store does not say which lines each
 * parcel holds (a stock Medusa v2 leaves that out of its store API).
 */
function stillToShip(order: Order) {
  if (order.shipments.some((shipment) => shipment.items.length === 0)) return null;
  const shipped = new Map<string, number>();
  for (const shipment of order.shipments)
    for (const item of shipment.items)
      shipped.set(item.lineId, (shipped.get(item.lineId) ?? 0) + item.quantity);
  return order.items
    .map((line) => ({ ...line, quantity: line.quantity - (shipped.get(line.id) ?? 0) }))
    .filter((line) => line.quantity > 0);
}

/** Each parcel of an order with its lines and tracking, and what is still to come. */
export function ShipmentList({
  order,
  reportsDelivery,
}: {
  order: Order;
  reportsDelivery: boolean;
}) {
  const { shipments } = order;
  if (shipments.length === 0) {
    return (
      <p className="text-sm text-gray-700">
        Nothing has been shipped yet. We will show each parcel here, with its tracking number, as
        soon as it leaves the warehouse.
      </p>
    );
  }
  const remaining = stillToShip(order);
  const anyShipped = shipments.some((shipment) => shipment.status === 'shipped');
  return (
    <>
      <ol className="flex flex-col gap-3">
        {shipments.map((shipment, index) => {
          const status = SHIPMENT_STATUS[shipment.status];
          const headingId = `shipment-${shipment.id}`;
          return (
            <li
              key={shipment.id}
              aria-labelledby={headingId}
              className="flex flex-col gap-2 rounded-md border border-gray-200 bg-white p-4"
            >
              <div className="flex flex-wrap items-center gap-3">
                <h3 id={headingId} className="font-semibold">
                  Parcel {index + 1} of {shipments.length}
                </h3>
                <StatusBadge label={status.label} tone={status.tone} />
              </div>
              <p className="text-sm text-gray-800">
                {shipment.deliveredAt
                  ? `Delivered on ${formatDate(shipment.deliveredAt)}`
                  : shipment.shippedAt
                    ? `Shipped on ${formatDate(shipment.shippedAt)}`
                    : 'Packed and waiting for the carrier'}
              </p>
              {shipment.items.length > 0 ? (
                <ul className="text-sm text-gray-800" aria-label={`In parcel ${index + 1}`}>
                  {shipment.items.map((item) => (
                    <li key={item.lineId}>
                      {item.quantity} × {item.title}
                    </li>
                  ))}
                </ul>
              ) : null}
              {shipment.tracking.length > 0 ? (
                <p className="text-sm">
                  <span className="text-gray-700">
                    {shipment.tracking.length === 1 ? 'Tracking number: ' : 'Tracking numbers: '}
                  </span>
                  {shipment.tracking.map((tracking, i) => (
                    <span key={tracking.number}>
                      {i > 0 ? ', ' : null}
                      {tracking.url ? (
                        <a
                          href={tracking.url}
                          rel="noopener noreferrer"
                          referrerPolicy="no-referrer"
                          className="font-mono text-indigo-700 underline"
                          aria-label={`Track parcel ${tracking.number} on the carrier’s site`}
                        >
                          {tracking.number}
                        </a>
                      ) : (
                        <span className="font-mono">{tracking.number}</span>
                      )}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {remaining && remaining.length > 0 ? (
        <div className="text-sm text-gray-800">
          <p className="font-medium">Still to ship</p>
          <ul aria-label="Still to ship">
            {remaining.map((line) => (
              <li key={line.id}>
                {line.quantity} × {line.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {anyShipped && !reportsDelivery ? (
        <p className="text-sm text-gray-700">
          This store does not report deliveries: follow a parcel with its tracking number on the
          carrier’s site.
        </p>
      ) : null}
    </>
  );
}

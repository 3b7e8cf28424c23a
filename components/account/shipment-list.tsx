import { useTranslations } from 'next-intl';

import { useFormats } from '@/lib/i18n/use-formats';
import type { StatusTone } from '@/lib/orders/status';
import type { Order, Shipment } from '@/lib/store';

import { StatusBadge } from './status-badge';

/** Each parcel's tone; its words are `shipmentList.status.<status>`. */
const SHIPMENT_TONES: Record<Shipment['status'], StatusTone> = {
  preparing: 'neutral',
  shipped: 'progress',
  delivered: 'success',
};

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
  const t = useTranslations('shipmentList');
  const f = useFormats();
  const { shipments } = order;
  if (shipments.length === 0) {
    return <p className="text-sm text-gray-700">{t('nothingShipped')}</p>;
  }
  const remaining = stillToShip(order);
  const anyShipped = shipments.some((shipment) => shipment.status === 'shipped');
  return (
    <>
      <ol className="flex flex-col gap-3">
        {shipments.map((shipment, index) => {
          const number = index + 1;
          const headingId = `shipment-${shipment.id}`;
          return (
            <li
              key={shipment.id}
              aria-labelledby={headingId}
              className="flex flex-col gap-2 rounded-md border border-gray-200 bg-white p-4"
            >
              <div className="flex flex-wrap items-center gap-3">
                <h3 id={headingId} className="font-semibold">
                  {t('parcel', { number, count: shipments.length })}
                </h3>
                <StatusBadge
                  label={t(`status.${shipment.status}`)}
                  tone={SHIPMENT_TONES[shipment.status]}
                />
              </div>
              <p className="text-sm text-gray-800">
                {shipment.deliveredAt
                  ? t('deliveredOn', { date: f.date(shipment.deliveredAt) })
                  : shipment.shippedAt
                    ? t('shippedOn', { date: f.date(shipment.shippedAt) })
                    : t('waitingForCarrier')}
              </p>
              {shipment.items.length > 0 ? (
                <ul className="text-sm text-gray-800" aria-label={t('inParcel', { number })}>
                  {shipment.items.map((item) => (
                    <li key={item.lineId}>
                      {t('line', { quantity: item.quantity, title: item.title })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {shipment.tracking.length > 0 ? (
                <p className="text-sm">
                  <span className="text-gray-700">
                    {t('tracking', { count: shipment.tracking.length })}{' '}
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
                          aria-label={t('trackParcel', { number: tracking.number })}
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
          <p className="font-medium">{t('stillToShip')}</p>
          <ul aria-label={t('stillToShip')}>
            {remaining.map((line) => (
              <li key={line.id}>{t('line', { quantity: line.quantity, title: line.title })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {anyShipped && !reportsDelivery ? (
        <p className="text-sm text-gray-700">{t('noDeliveryReports')}</p>
      ) : null}
    </>
  );
}

import { useTranslations } from 'next-intl';

import type { Order, OrderAddress } from '@/lib/store';
import { translateMessage } from '@/lib/i18n/message';
import { useFormats } from '@/lib/i18n/use-formats';
import { PAYMENT_LABELS } from '@/lib/orders/status';
import { PageSection } from '@/components/ui/page-section';

import { AddressLines } from './address-card';
import { OrderItemsTable, ShippingMethods } from './order-items-table';

function ReceiptAddress({ address, none }: { address: OrderAddress | null; none: string }) {
  return address ? (
    <AddressLines address={address} />
  ) : (
    <p className="text-sm text-gray-700">{none}</p>
  );
}

/**
 * An order's receipt, laid out for paper as much as for the screen: the store, the order's
 * number and date, its payment state, where it was billed and sent, and what it came to,
 * formatted as on the order's page. Nothing in it is wider than the page it is printed on.
 */
export function OrderReceipt({ order, storeName }: { order: Order; storeName: string }) {
  const t = useTranslations('orderReceipt');
  const messages = useTranslations();
  const f = useFormats();
  return (
    <article
      aria-labelledby="receipt-heading"
      className="flex flex-col gap-6 rounded-md border border-gray-200 bg-white p-6 wrap-anywhere print:rounded-none print:border-0 print:p-0"
    >
      <header className="flex flex-col gap-1 border-b border-gray-200 pb-4">
        <p className="text-lg font-semibold">{storeName}</p>
        <h1 id="receipt-heading" className="text-2xl font-semibold">
          {t('heading', { number: order.displayId })}
        </h1>
      </header>

      <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-1 text-sm">
        <dt className="text-gray-700">{t('orderNumber')}</dt>
        <dd>{t('orderNumberValue', { number: order.displayId })}</dd>
        <dt className="text-gray-700">{t('placedOn')}</dt>
        <dd>{f.date(order.createdAt)}</dd>
        <dt className="text-gray-700">{t('payment')}</dt>
        <dd>{translateMessage(messages, PAYMENT_LABELS[order.paymentStatus])}</dd>
        <dt className="text-gray-700">{t('email')}</dt>
        <dd>{order.email}</dd>
      </dl>

      {order.status === 'canceled' ? <p className="text-sm font-medium">{t('cancelled')}</p> : null}

      <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
        <PageSection headingId="receipt-billing-heading" title={t('billingAddress')}>
          <ReceiptAddress address={order.billingAddress} none={t('noBillingAddress')} />
        </PageSection>
        <PageSection headingId="receipt-shipping-heading" title={t('shippingAddress')}>
          <ReceiptAddress address={order.shippingAddress} none={t('noShippingAddress')} />
          <ShippingMethods order={order} />
        </PageSection>
      </div>

      <PageSection headingId="receipt-items-heading" title={t('items')}>
        <OrderItemsTable order={order} pictures={false} />
      </PageSection>
    </article>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ReturnForm, type ReturnFormLine } from '@/components/account/return-form';
import { Notice } from '@/components/ui/notice';
import { canReturnItems } from '@/lib/orders/returns';
import { storeName } from '@/lib/settings';
import { productImage } from '@/lib/store-image';
import type { Order } from '@/lib/store';

import { orderUrl } from '../outcomes';
import { getReturnPage } from '../page-data';
import { returnStep } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('returnPage');
  return { title: t('title') };
}

/** The lines a new return may hold: shipped, and not yet asked back or received. */
function returnableLines(order: Order): ReturnFormLine[] {
  if (!canReturnItems(order)) return [];
  return order.items
    .filter((line) => line.returns.returnable > 0)
    .map((line) => ({
      id: line.id,
      title: line.title,
      variantTitle:
        line.variantTitle && line.variantTitle !== line.title ? line.variantTitle : null,
      returnable: line.returns.returnable,
      image: productImage(line.thumbnail, 48),
    }));
}

// Only the order's owner gets here (another customer's order is the "not found" page), and
// the order is read as the order's page reads it; the store's reasons and return shipping
// come alongside. The form's every step is checked again by the server (./actions.ts).
export default async function ReturnPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ order, choices }, t] = await Promise.all([
    getReturnPage((await params).id),
    getTranslations('returnPage'),
  ]);
  const lines = returnableLines(order);
  const number = order.displayId;
  const backToOrder = (
    <Link href={orderUrl(order.id)} className="self-start text-sm text-indigo-700 underline">
      {t('backToOrder', { number })}
    </Link>
  );

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        {backToOrder}
        <h1 className="text-2xl font-semibold">{t('heading', { number })}</h1>
      </div>
      {lines.length > 0 && choices.shippingOptions.length === 0 ? (
        <Notice tone="info">{t('notOnline', { store: storeName(), number })}</Notice>
      ) : (
        <ReturnForm
          action={returnStep.bind(null, order.id)}
          lines={lines}
          reasons={choices.reasons}
          shippingOptions={choices.shippingOptions}
          nothingLeft={
            <div className="flex flex-col gap-3">
              <p className="text-gray-800">{t('nothingLeft')}</p>
              {backToOrder}
            </div>
          }
        />
      )}
    </div>
  );
}

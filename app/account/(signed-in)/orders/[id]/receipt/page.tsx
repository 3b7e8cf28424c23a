import type { Metadata } from 'next';
import Link from 'next/link';

import { OrderReceipt } from '@/components/account/order-receipt';
import { PrintButton } from '@/components/account/print-button';
import { storeName } from '@/lib/settings';

import { getOwnOrder } from '../page-data';

export const metadata: Metadata = { title: 'Receipt' };

// The same read as the order's page (and the same order cache entry): a receipt costs Medusa
// no more than the page it is opened from.
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const order = await getOwnOrder((await params).id, '/receipt');
  return (
    <div className="flex max-w-3xl flex-col gap-4 print:max-w-none">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link
          href={`/account/orders/${encodeURIComponent(order.id)}`}
          className="text-sm text-indigo-700 underline"
        >
          Back to order #{order.displayId}
        </Link>
        <PrintButton
          label="Print receipt"
          hint="To print this receipt, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac)."
        />
      </div>
      <OrderReceipt order={order} storeName={storeName()} />
    </div>
  );
}

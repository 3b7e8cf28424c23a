import type { useTranslations } from 'next-intl';

import { translateMessage } from '../i18n/message';
import type { StoreImage } from '../store-image';
import type { OrderSummary } from '../store';
import type { OrderProgress } from './status';

/** The size of the first item's picture in a row of the orders table. */
export const ORDER_ROW_IMAGE_SIZE = 40;

/**
 * Where an order of the list stands: the status (a catalogue key, `orderProgress.<state>`), its
 * tone, and whether items asked back are still on their way, which the badge says too ("Shipped,
 * return under way").
 */
export type RowProgress = OrderProgress & { returnUnderWay: boolean };

/**
 * An order as a row of the orders table: its summary, with the first item's picture and where
 * the order stands already worked out on the server (`toOrderRows` in `./rows`), so the table
 * renders in the browser without next/image or the status rules. A row holds data and keys, no
 * words: the table translates them as it renders, in the shopper's language. The first item's
 * title is the product's name, which the server puts in the shopper's language where the store
 * translates it; the browser's cache keeps rows by language (`OrdersBrowser`).
 */
export type OrderRow = OrderSummary & {
  firstItemImage: StoreImage | null;
  /** Where the order stands; it says so too while items are on their way back. */
  progress: RowProgress;
};

/** The badge's words for a row, in the language of `t` (next-intl's `t` of the root namespace). */
export function progressText(
  t: ReturnType<typeof useTranslations<never>>,
  { label, returnUnderWay }: RowProgress,
): string {
  const status = translateMessage(t, label);
  return returnUnderWay ? t('orderProgress.withReturn', { status }) : status;
}

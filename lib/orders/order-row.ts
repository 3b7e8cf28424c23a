import type { StoreImage } from '../store-image';
import type { OrderSummary } from '../store';
import type { OrderProgress } from './status';

/** The size of the first item's picture in a row of the orders table. */
export const ORDER_ROW_IMAGE_SIZE = 40;

/**
 * An order as a row of the orders table: its summary, with the first item's picture and where
 * the order stands already worked out on the server (`toOrderRows` in `./rows`), so the table
 * renders in the browser without next/image or the status rules.
 */
export type OrderRow = OrderSummary & {
  firstItemImage: StoreImage | null;
  /** Where the order stands; it says so too while items are on their way back. */
  progress: OrderProgress;
};

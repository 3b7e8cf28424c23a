import type { StoreBackend } from '../store/backend';
import type { Order, OrderSummary, Page } from '../store/types';

// An order's products in the shopper's language. The backend answers orders with the titles
// they were placed with, and the order cache keeps them so, for every language; the titles in
// the request's language are put in afterwards (lib/own-orders.ts), each time, from one call to
// the store for the products the value shows (`productTitlesIn`, where the store translates).

/** What a value read from the store shows of its products, and the same value titled otherwise. */
export type ProductTitled<T> = {
  /** The products whose titles the value shows, once each. */
  productIds(value: T): string[];
  /** The value with these titles (by product id) for its products; others keep theirs. A copy. */
  withTitles(value: T, titles: ReadonlyMap<string, string>): T;
};

type Titles = ReadonlyMap<string, string>;

const once = (ids: (string | null)[]) => [
  ...new Set(ids.filter((id): id is string => id !== null)),
];

function retitled<Line extends { productId: string | null; title: string }>(
  line: Line,
  titles: Titles,
): Line {
  const title = line.productId === null ? undefined : titles.get(line.productId);
  return title === undefined ? line : { ...line, title };
}

/** One order: its lines, its first line (the list's), and the lines in each parcel. */
export const ORDER_TITLES: ProductTitled<Order> = {
  productIds: (order) => once(order.items.map((line) => line.productId)),
  withTitles(order, titles) {
    const items = order.items.map((line) => retitled(line, titles));
    const titleOf = new Map(items.map((line) => [line.id, line.title]));
    return {
      ...order,
      firstItem: order.firstItem && retitled(order.firstItem, titles),
      items,
      shipments: order.shipments.map((shipment) => ({
        ...shipment,
        items: shipment.items.map((item) => ({
          ...item,
          title: titleOf.get(item.lineId) ?? item.title,
        })),
      })),
    };
  },
};

/** A page of the orders list: each order's first line. */
export const ORDER_PAGE_TITLES: ProductTitled<Page<OrderSummary>> = {
  productIds: (page) => once(page.items.map((order) => order.firstItem?.productId ?? null)),
  withTitles: (page, titles) => ({
    ...page,
    items: page.items.map((order) => ({
      ...order,
      firstItem: order.firstItem && retitled(order.firstItem, titles),
    })),
  }),
};

/**
 * `value` with its products' titles in `language`, as `titlesIn` (the backend's
 * `productTitlesIn`) answers them, in one call. Unchanged without `titlesIn` (a store that
 * cannot translate), for a value that names no product, and when the call fails: `onFailure`
 * is told, and the page shows the titles the order keeps rather than failing for a translation.
 */
export async function inLanguage<T>(
  value: T,
  titled: ProductTitled<T>,
  language: string,
  titlesIn: StoreBackend['productTitlesIn'],
  onFailure: (error: unknown) => void,
): Promise<T> {
  const ids = titled.productIds(value);
  if (!titlesIn || ids.length === 0) return value;
  try {
    const titles = await titlesIn(language, ids);
    return titles.size === 0 ? value : titled.withTitles(value, titles);
  } catch (error) {
    onFailure(error);
    return value;
  }
}

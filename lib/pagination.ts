export const ORDERS_PAGE_SIZE = 10;
export const ORDERS_PATH = '/account/orders';

/** The orders list at one page: the address bar, the links and sign-in's return-to. */
export const ordersPageUrl = (page: number) => `${ORDERS_PATH}?page=${page}`;

/** Reads `?page=`: anything but a positive whole number means the first page. */
export function parsePageParam(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value.trim())) return 1;
  const page = Number(value.trim());
  return page >= 1 ? page : 1;
}

export const ORDERS_PAGE_SIZE = 10;

/** Reads `?page=`: anything but a positive whole number means the first page. */
export function parsePageParam(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value.trim())) return 1;
  const page = Number(value.trim());
  return page >= 1 ? page : 1;
}

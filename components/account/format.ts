import type { Money, OrderStatus } from '@/lib/medusa/types';

export function formatMoney({ amount, currencyCode }: Money, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currencyCode.toUpperCase(),
  }).format(amount);
}

export function formatDate(iso: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Processing',
  completed: 'Completed',
  canceled: 'Canceled',
  archived: 'Archived',
  requires_action: 'Action required',
  unknown: 'Unknown',
};

export function orderStatusLabel(status: OrderStatus): string {
  return STATUS_LABELS[status];
}

export function countryName(code: string, locale = 'en-GB'): string {
  try {
    return (
      new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ??
      code.toUpperCase()
    );
  } catch {
    return code.toUpperCase();
  }
}

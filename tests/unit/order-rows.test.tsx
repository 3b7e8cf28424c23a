import { render as renderDom, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';

import { describe, expect, it, vi } from 'vitest';

import { toOrderRows } from '@/lib/orders/rows';
import { OrderTable } from '@/components/account/order-table';
import { EVERY_PAGE, PAGE_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import de from '@/messages/de.json';
import type { OrderSummary } from '@/lib/store';
import { orderSummary } from '@/tests/support/orders';
import { english, render } from '@/tests/support/intl';

vi.mock('next/link', () => ({
  default: ({ href, children, ...props }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...props}>
      {children}
    </a>
  ),
}));

// The rows carry a picture and a status, so this order has both.
const shippedOrder = (over: Partial<OrderSummary>) =>
  orderSummary({
    fulfillmentStatus: 'shipped',
    paymentStatus: 'captured',
    firstItem: {
      productId: 'prod_shirt',
      title: 'Linen Shirt',
      thumbnail: 'http://files.example/linen.jpg',
    },
    total: { amount: 12.5, currencyCode: 'eur' },
    ...over,
  });

const page = (items: OrderSummary[]) => ({
  items,
  count: items.length,
  page: 1,
  pageSize: 10,
  pageCount: 1,
});

describe('the orders table’s rows, worked out on the server', () => {
  it('carry the optimized picture and the status, as plain data the browser can be sent', () => {
    const [row] = toOrderRows(page([shippedOrder({})])).items;
    // The status as a catalogue key, which the table translates as it renders.
    expect(row!.progress).toEqual({
      label: 'orderProgress.shipped',
      tone: 'progress',
      returnUnderWay: false,
    });
    expect(english(row!.progress.label)).toBe('Shipped');
    expect(row!.firstItemImage?.src).toContain('/_next/image?url=');
    expect(row!.firstItemImage?.srcSet).toContain('linen.jpg');
    expect(row!.firstItemImage).not.toHaveProperty('style');
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });

  it('say in the status when a return is under way', () => {
    const [row] = toOrderRows(page([shippedOrder({ returnInProgress: true })])).items;
    expect(row!.progress).toMatchObject({ label: 'orderProgress.shipped', returnUnderWay: true });
    render(<OrderTable orders={[row!]} caption="Your orders" />);
    const [shown] = screen.getAllByRole('row').slice(1);
    expect(within(shown!).getAllByText('Shipped, return under way').length).toBeGreaterThan(0);
  });

  it('show as before: the picture without inline style, or the initial without one', () => {
    const rows = toOrderRows(
      page([
        shippedOrder({}),
        shippedOrder({
          id: 'order_2',
          displayId: 2,
          firstItem: { productId: 'prod_hat', title: 'Wool Hat', thumbnail: null },
        }),
      ]),
    ).items;
    render(<OrderTable orders={rows} caption="Your orders" />);
    const [first, second] = screen.getAllByRole('row').slice(1);
    const picture = first!.querySelector('img')!;
    expect(picture.getAttribute('srcset')).toContain('/_next/image?url=');
    expect(picture).toHaveAttribute('width', '40');
    expect(picture).not.toHaveAttribute('style');
    expect(within(first!).getAllByText('Shipped').length).toBeGreaterThan(0);
    expect(second!.querySelector('img')).toBeNull();
    expect(within(second!).getByText('W')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('the orders table’s words', () => {
  it('come from the page’s language as the rows render: the same rows read in German', () => {
    const rows = toOrderRows(
      page([shippedOrder({ returnInProgress: true, otherLineCount: 2 })]),
    ).items;
    // The rows hold no words, so what the browser keeps of them reads right in any language.
    expect(JSON.stringify(rows)).not.toContain('Shipped');
    renderDom(
      <NextIntlClientProvider
        locale="de"
        messages={pickMessages(de, [...EVERY_PAGE, ...PAGE_MESSAGES.orders])}
        timeZone="UTC"
      >
        <OrderTable orders={rows} caption="Ihre Bestellungen" />
      </NextIntlClientProvider>,
    );
    const [row] = screen.getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('Bestellung Nr. 1');
    expect(within(row!).getAllByText('Versandt, Rücksendung läuft').length).toBeGreaterThan(0);
    expect(row).toHaveTextContent('Linen Shirt und 2 weitere Artikel');
    expect(row).toHaveTextContent('12,50 €');
    expect(screen.getByRole('columnheader', { name: 'Gesamt' })).toBeInTheDocument();
  });
});

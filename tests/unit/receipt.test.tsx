import { fireEvent, screen, within } from '@testing-library/react';

import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { formatsFor } from '@/lib/i18n/format';
import { OrderItemsTable } from '@/components/account/order-items-table';
import { OrderReceipt } from '@/components/account/order-receipt';
import { PrintButton } from '@/components/account/print-button';
import { DEFAULT_STORE_NAME, storeName } from '@/lib/settings';
import { storeOrder } from '@/tests/support/orders';
import { render } from '@/tests/support/intl';

/** The formats the pages use in English, in the tests' time zone. */
const english = formatsFor('en', 'UTC');

const eur = (amount: number) => ({ amount, currencyCode: 'eur' });

/** The receipt's region (a section under its heading) by that heading. */
const region = (name: string) => screen.getByRole('region', { name });
/** The list of facts under the receipt's heading. */
const facts = () => screen.getByText('Order number').closest('dl')!;

describe('the receipt', () => {
  it('names the store, the order, its date and its payment state', () => {
    const order = storeOrder();
    render(<OrderReceipt order={order} storeName="Harbour Goods" />);
    expect(screen.getByText('Harbour Goods')).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Receipt for order #7' }),
    ).toBeInTheDocument();
    expect(facts()).toHaveTextContent('Order number#7');
    // The order's page formats its date the same way.
    expect(facts()).toHaveTextContent(`Placed on${english.date(order.createdAt)}`);
    expect(english.date(order.createdAt)).toBe('4 Mar 2026');
    expect(facts()).toHaveTextContent('PaymentAuthorized, not yet charged');
    expect(facts()).toHaveTextContent('Emaildana@example.com');
  });

  it('shows the billing and the shipping address, each under its own heading', () => {
    render(<OrderReceipt order={storeOrder()} storeName="Harbour Goods" />);
    const billing = region('Billing address');
    expect(billing).toHaveTextContent('Demo GmbH');
    expect(billing).toHaveTextContent('Torstraße 5');
    expect(billing).toHaveTextContent('10119 Berlin');
    expect(billing).toHaveTextContent('Germany');
    expect(billing).not.toHaveTextContent('Market Street');
    const shipping = region('Shipping address');
    expect(shipping).toHaveTextContent('12 Market Street');
    expect(shipping).toHaveTextContent('EC1A 1BB London');
    expect(shipping).toHaveTextContent('United Kingdom');
    expect(shipping).toHaveTextContent('Shipping method: Standard shipping (€5.00)');
  });

  it('says so where the order has no billing address', () => {
    render(<OrderReceipt order={storeOrder({ billingAddress: null })} storeName="Harbour Goods" />);
    expect(region('Billing address')).toHaveTextContent('No billing address was given.');
    expect(region('Shipping address')).toHaveTextContent('12 Market Street');
  });

  it('lists each line with its quantity, unit price and total, then discount, shipping, tax and total', () => {
    render(<OrderReceipt order={storeOrder()} storeName="Harbour Goods" />);
    const items = region('Items');
    const shirt = within(items).getByRole('row', { name: /Linen Shirt/ });
    expect(
      within(shirt)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '€45.00', '€90.00']);
    expect(shirt).toHaveTextContent('Large');
    /** The amount in the totals row its heading starts with `label`. */
    const totals = (label: string) =>
      within(items).getByRole('rowheader', { name: label }).closest('tr')!.querySelector('td')
        ?.textContent;
    expect(totals('Subtotal')).toBe('€99.00');
    expect(totals('Shipping')).toBe('€5.00');
    expect(totals('Discount (WELCOME10)')).toBe('-€9.90');
    expect(totals('Tax')).toBe('€10.20');
    expect(totals('Total')).toBe(english.money(eur(104.3)));
    expect(within(items).queryByRole('row', { name: /Refunded/ })).toBeNull();
    // Paper gets no pictures.
    expect(items.querySelector('img, [aria-hidden="true"]')).toBeNull();
  });

  it('shows a refund under the total, and says when the order was cancelled', () => {
    render(
      <OrderReceipt
        order={storeOrder({
          status: 'canceled',
          paymentStatus: 'refunded',
          refundedTotal: eur(104.3),
        })}
        storeName="Harbour Goods"
      />,
    );
    expect(
      within(region('Items'))
        .getByRole('row', { name: /Refunded/ })
        .querySelector('td'),
    ).toHaveTextContent('-€104.30');
    expect(screen.getByText(/This order was cancelled/)).toBeVisible();
    expect(facts()).toHaveTextContent('PaymentRefunded');
  });

  it('gives the same lines and totals as the order’s page, pictures aside', () => {
    const order = storeOrder({ refundedTotal: eur(9) });
    const { container: receipt } = render(<OrderReceipt order={order} storeName="Harbour Goods" />);
    const { container: page } = render(<OrderItemsTable order={order} />);
    const rows = (root: HTMLElement) =>
      [...root.querySelectorAll('table tr')].map((row) => row.textContent);
    const onPage = rows(page);
    expect(onPage.length).toBeGreaterThan(order.items.length);
    // The page's thumbnail stands in with the product's initial, hidden from readers.
    const withoutInitials = [...page.querySelectorAll('table tr')].map((row) => {
      const copy = row.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((initial) => initial.remove());
      return copy.textContent;
    });
    expect(rows(receipt)).toEqual(withoutInitials);
  });
});

describe('the print button', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a hint to use the browser’s print command in the server’s HTML, where no script runs', () => {
    const html = renderToString(<PrintButton label="Print receipt" hint="Use Ctrl+P to print." />);
    expect(html).toContain('Use Ctrl+P to print.');
    expect(html).not.toContain('<button');
  });

  it('opens the print dialog once the page’s script runs', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<PrintButton label="Print receipt" hint="Use Ctrl+P to print." />);
    expect(screen.queryByText('Use Ctrl+P to print.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Print receipt' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('the store’s name', () => {
  it('is STORE_NAME, else the default the dev backends’ seed gives too', () => {
    expect(storeName({ STORE_NAME: 'Harbour Goods' })).toBe('Harbour Goods');
    expect(storeName({ STORE_NAME: '  Harbour Goods \n' })).toBe('Harbour Goods');
    expect(storeName({ STORE_NAME: '   ' })).toBe(DEFAULT_STORE_NAME);
    expect(storeName({})).toBe('Medusa Store');
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SignedInCustomer } from '@/lib/auth';
import { ownReturnMethods } from '@/lib/medusa/return-methods';
import { atMost, noneLeft, RETURN_MESSAGES, type ReturnFormState } from '@/lib/orders/return-form';
import {
  BackendError,
  customerStore,
  type Customer,
  type Order,
  type ReturnChoices,
  type StoreBackend,
} from '@/lib/store';
import { storeCustomer } from '@/tests/support/customers';
import { english } from '@/tests/support/intl';
import { storeOrder } from '@/tests/support/orders';

// The return form's action with the storefront's own modules faked (who the session is, the
// StoreBackend, the order cache, the abuse limit): which step each button leads to, what is
// read and from where, and that nothing reaches the store's return route unless the choice
// fits the order read afresh. The backend's own check is the real one (`ownReturnMethods`),
// over a fake of its Medusa calls.

const eur = (amount: number) => ({ amount, currencyCode: 'eur' });
const customer: Customer = storeCustomer({ id: 'cus_rhea', email: 'rhea@example.com' });

/** Two shirts, both shipped, neither asked back yet. */
const shippedOrder = (returnable = 2): Order => {
  const [shirt] = storeOrder().items;
  return storeOrder({
    items: [{ ...shirt!, returns: { requested: 2 - returnable, received: 0, returnable } }],
  });
};
const choices: ReturnChoices = {
  reasons: [{ id: 'rr_small', label: 'Too small' }],
  shippingOptions: [{ id: 'so_post', name: 'Return by post', price: eur(3) }],
};

const fake = vi.hoisted(() => ({
  /** The order as Medusa holds it now, and as the order cache kept it. */
  order: null as unknown as Order,
  kept: null as unknown as Order,
  tooMany: null as string | null,
}));

const medusa = {
  retrieveOrder: vi.fn(async () => fake.order),
  choices: vi.fn(async () => choices),
  create: vi.fn(async () => undefined),
};
const returns = ownReturnMethods('v2', { retrieveOrder: medusa.retrieveOrder }, medusa);
const backend = {
  retrieveOrder: medusa.retrieveOrder,
  returnChoices: returns.returnChoices,
  requestReturn: returns.requestReturn,
} as unknown as StoreBackend;

const cache = {
  read: vi.fn(
    async (_customerId: string, _key: string, _load: () => Promise<unknown>) => fake.kept,
  ),
  drop: vi.fn(async (_customerIds: readonly string[]) => undefined),
};
const takeAttempt = vi.fn(async () => fake.tooMany);
const revalidatePath = vi.fn();

vi.mock('@/lib/auth', async (importOriginal) => {
  const signedIn = async (): Promise<SignedInCustomer> => ({
    session: 'sess_1',
    customer,
    store: customerStore(backend, 'sess_1', customer),
  });
  return {
    ...(await importOriginal<typeof import('@/lib/auth')>()),
    requireCustomer: signedIn,
    getCurrentCustomer: async () => ({ status: 'signed-in', ...(await signedIn()) }),
  };
});
vi.mock('@/lib/order-cache', () => ({ getOrderCache: () => cache }));
vi.mock('@/lib/rate-limit', () => ({
  limitKeys: async (extra: object) => ({ ip: '192.0.2.1', ...extra }),
  takeAttempt: (...args: unknown[]) => takeAttempt(...(args as [])),
  limits: { giveBack: vi.fn() },
}));
vi.mock('next/cache', () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

const { returnStep } = await import('@/app/account/(signed-in)/orders/[id]/return/actions');

const IDLE: ReturnFormState = { status: 'idle' };

function posted(intent: string, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [name, value] of Object.entries({
    'quantity.line_1': '1',
    'reason.line_1': 'rr_small',
    shippingOptionId: 'so_post',
    note: 'Too tight.',
    intent,
    ...fields,
  }))
    data.append(name, value);
  return data;
}

/** Where the action redirected, or fails when it answered instead. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (state) => {
      throw new Error(`answered instead of redirecting: ${JSON.stringify(state)}`);
    },
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string }).digest ?? '';
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(';')[2]!;
}

beforeEach(() => {
  fake.order = shippedOrder();
  fake.kept = shippedOrder();
  fake.tooMany = null;
  vi.clearAllMocks();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the return form’s action', () => {
  it('Continue: checks the choice against the order as its page read it, and answers the summary', async () => {
    const state = await returnStep('order_7', IDLE, posted('review'));
    expect(state.status).toBe('success');
    expect(state.review).toMatchObject({
      lines: [{ lineId: 'line_1', quantity: 1, reason: 'Too small' }],
      shipping: { name: 'Return by post' },
      note: 'Too tight.',
      estimate: { items: eur(45), shipping: eur(3), refund: eur(42) },
    });
    expect(state.values).toEqual({
      'quantity.line_1': '1',
      'reason.line_1': 'rr_small',
      shippingOptionId: 'so_post',
      note: 'Too tight.',
    });
    expect(cache.read).toHaveBeenCalledWith('cus_rhea', 'order:order_7', expect.any(Function));
    expect(medusa.retrieveOrder).not.toHaveBeenCalled();
    expect(medusa.create).not.toHaveBeenCalled();
    expect(takeAttempt).not.toHaveBeenCalled();
  });

  it('Change: hands the carried choice back to the form, reading and writing nothing', async () => {
    const state = await returnStep('order_7', IDLE, posted('change'));
    expect(state).toEqual({
      status: 'idle',
      values: {
        'quantity.line_1': '1',
        'reason.line_1': 'rr_small',
        shippingOptionId: 'so_post',
        note: 'Too tight.',
      },
    });
    expect(cache.read).not.toHaveBeenCalled();
    expect(medusa.choices).not.toHaveBeenCalled();
  });

  it('Confirm: reads the order afresh, asks the store for the return, forgets the kept orders and shows the order saying so', async () => {
    const to = await redirectOf(returnStep('order_7', IDLE, posted('confirm')));
    expect(to).toBe('/account/orders/order_7?done=return-requested');
    expect(cache.read).not.toHaveBeenCalled();
    expect(medusa.create).toHaveBeenCalledExactlyOnceWith({
      orderId: 'order_7',
      items: [{ lineId: 'line_1', quantity: 1, reasonId: 'rr_small' }],
      shippingOptionId: 'so_post',
      note: 'Too tight.',
    });
    expect(takeAttempt).toHaveBeenCalledOnce();
    expect(takeAttempt.mock.calls[0]).toEqual([
      'requestReturn',
      { ip: '192.0.2.1', customerId: 'cus_rhea' },
    ]);
    expect(cache.drop).toHaveBeenCalledWith(['cus_rhea']);
    expect(revalidatePath).toHaveBeenCalledWith('/account', 'layout');
  });

  it('refuses nothing chosen, sending nothing and counting nothing', async () => {
    const state = await returnStep('order_7', IDLE, posted('confirm', { 'quantity.line_1': '0' }));
    expect(state.status).toBe('error');
    expect(english(state.fieldErrors?.['quantity.line_1'])).toBe(
      'Choose at least one item to send back.',
    );
    expect(medusa.create).not.toHaveBeenCalled();
    expect(takeAttempt).not.toHaveBeenCalled();
  });

  it('refuses a stale summary against the order read afresh, and has the page read it afresh too', async () => {
    // Another tab's return took both shirts after this summary was shown.
    fake.order = shippedOrder(0);
    const state = await returnStep('order_7', IDLE, posted('confirm', { 'quantity.line_1': '2' }));
    expect(state).toMatchObject({ status: 'error', formError: noneLeft('Linen Shirt') });
    expect(state.review).toBeUndefined();
    expect(medusa.create).not.toHaveBeenCalled();
    expect(cache.drop).toHaveBeenCalledWith(['cus_rhea']);
    expect(revalidatePath).toHaveBeenCalledWith('/account/orders/order_7/return');

    fake.order = shippedOrder(1);
    expect(
      await returnStep('order_7', IDLE, posted('confirm', { 'quantity.line_1': '2' })),
    ).toMatchObject({ fieldErrors: { 'quantity.line_1': atMost(1, 'Linen Shirt') } });
    expect(medusa.create).not.toHaveBeenCalled();
  });

  it('refuses a tampered summary: a line of another order, more than was shipped, another store’s option', async () => {
    for (const [fields, expected] of [
      [{ 'quantity.ordli_elsewhere': '1' }, { formError: RETURN_MESSAGES.notInOrder }],
      [
        { 'quantity.line_1': '5' },
        { fieldErrors: { 'quantity.line_1': atMost(2, 'Linen Shirt') } },
      ],
      [
        { shippingOptionId: 'so_free' },
        { fieldErrors: { shippingOptionId: RETURN_MESSAGES.unknownShipping } },
      ],
      [{ 'quantity.<img>': '1' }, { formError: RETURN_MESSAGES.malformed }],
    ] as const) {
      const state = await returnStep('order_7', IDLE, posted('confirm', fields));
      expect(state).toMatchObject({ status: 'error', ...expected });
      // What the form shows again is only the order's own lines and the fixed fields.
      for (const key of Object.keys(state.values ?? {}))
        expect(['note', 'quantity.line_1', 'reason.line_1', 'shippingOptionId']).toContain(key);
      expect(JSON.stringify(state)).not.toContain('elsewhere');
    }
    expect(medusa.create).not.toHaveBeenCalled();
  });

  it('maps the backend refusing it (the order changed after the check) to fixed copy', async () => {
    // The storefront's read still offers both shirts; the backend's own read finds none left.
    medusa.retrieveOrder
      .mockResolvedValueOnce(shippedOrder(2))
      .mockResolvedValueOnce(shippedOrder(0));
    const state = await returnStep('order_7', IDLE, posted('confirm'));
    expect(state).toMatchObject({ status: 'error', formError: RETURN_MESSAGES.changed });
    expect(medusa.create).not.toHaveBeenCalled();
    expect(cache.drop).toHaveBeenCalledWith(['cus_rhea']);
  });

  it('keeps the summary on screen, with fixed copy, when the store does not answer or the limit is reached', async () => {
    medusa.create.mockRejectedValueOnce(
      new BackendError('unavailable', 'v2 createReturn: HTTP 502'),
    );
    const down = await returnStep('order_7', IDLE, posted('confirm'));
    expect(down).toMatchObject({
      status: 'error',
      formError: 'errors.unavailable',
      review: { lines: [{ lineId: 'line_1', quantity: 1 }] },
    });
    expect(JSON.stringify(down)).not.toContain('502');

    fake.tooMany = 'Too many attempts. Try again in 40 minutes.';
    medusa.create.mockClear();
    const limited = await returnStep('order_7', IDLE, posted('confirm'));
    expect(limited).toMatchObject({
      status: 'error',
      formError: 'Too many attempts. Try again in 40 minutes.',
      review: { shipping: { id: 'so_post' } },
    });
    expect(medusa.create).not.toHaveBeenCalled();
  });

  it('answers another customer’s order as not found, asking nothing of the return route', async () => {
    medusa.retrieveOrder.mockRejectedValueOnce(new BackendError('not_found', 'v2 retrieveOrder'));
    medusa.choices.mockRejectedValueOnce(new BackendError('not_found', 'v2 returnChoices'));
    const state = await returnStep('order_someone_else', IDLE, posted('confirm'));
    expect(state).toMatchObject({
      status: 'error',
      formError: 'errors.not_found',
    });
    expect(medusa.create).not.toHaveBeenCalled();
  });
});

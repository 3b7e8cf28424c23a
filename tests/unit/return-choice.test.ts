import { describe, expect, it } from 'vitest';

import {
  atMost,
  checkReturnChoice,
  noneLeft,
  quantityField,
  reasonField,
  reasonFor,
  RETURN_MESSAGES,
  reviewOf,
  valuesForOrder,
  valuesOf,
  type ReturnChoice,
} from '@/lib/orders/return-form';
import { parseReturnForm, RETURN_MAX_LINES } from '@/lib/schemas/return';
import type { Order, ReturnChoices } from '@/lib/store';
import { english } from '@/tests/support/intl';
import { storeOrder } from '@/tests/support/orders';

const eur = (amount: number) => ({ amount, currencyCode: 'eur' });

/** Two shirts that can both go back, and a notebook already returned. */
const order = (over: Partial<Order> = {}): Order => {
  const [shirt, notebook] = storeOrder().items;
  return storeOrder({
    items: [
      { ...shirt!, returns: { requested: 0, received: 0, returnable: 2 } },
      { ...notebook!, returns: { requested: 0, received: 1, returnable: 0 } },
    ],
    ...over,
  });
};

const choices: ReturnChoices = {
  reasons: [
    { id: 'rr_small', label: 'Too small' },
    { id: 'rr_damaged', label: 'Damaged' },
  ],
  shippingOptions: [{ id: 'so_post', name: 'Return by post', price: eur(3) }],
};

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of [value].flat()) data.append(name, one);
  return data;
};

/** What the page's form posts when one shirt goes back, too small, by post. */
const oneShirt = (over: Record<string, string | string[]> = {}) =>
  form({
    'quantity.line_1': '1',
    'reason.line_1': 'rr_small',
    shippingOptionId: 'so_post',
    note: '',
    intent: 'review',
    ...over,
  });

const choice = (over: Partial<ReturnChoice> = {}): ReturnChoice => ({
  lines: [{ lineId: 'line_1', quantity: 1, reasonId: 'rr_small' }],
  shippingOptionId: 'so_post',
  note: null,
  ...over,
});

describe('parseReturnForm', () => {
  it('reads a quantity and a reason per line, the shipping option, the note and the button', () => {
    const parsed = parseReturnForm(
      form({
        'quantity.line_1': '2',
        'reason.line_1': 'rr_small',
        'quantity.line_2': '0',
        'reason.line_2': '',
        shippingOptionId: 'so_post',
        note: '  The seam came apart.\nSecond line.  ',
        intent: 'confirm',
      }),
    );
    expect(parsed.intent).toBe('confirm');
    expect(parsed.choice).toEqual({
      lines: [
        { lineId: 'line_1', quantity: 2, reasonId: 'rr_small' },
        { lineId: 'line_2', quantity: 0, reasonId: null },
      ],
      shippingOptionId: 'so_post',
      note: 'The seam came apart.\nSecond line.',
    });
    expect(parsed.fieldErrors).toEqual({});
    expect(parsed.formError).toBeUndefined();
    expect(parsed.values).toMatchObject({
      'quantity.line_1': '2',
      'reason.line_1': 'rr_small',
      shippingOptionId: 'so_post',
    });
  });

  it('takes anything but Change or Confirm for Continue, which writes nothing', () => {
    expect(parseReturnForm(oneShirt({ intent: 'change' })).intent).toBe('change');
    for (const intent of ['', 'delete', 'CONFIRM'])
      expect(parseReturnForm(oneShirt({ intent })).intent).toBe('review');
    const data = oneShirt();
    data.delete('intent');
    expect(parseReturnForm(data).intent).toBe('review');
  });

  it.each(['', 'abc', '-1', '1.5', '1e2', '1000', ' 1'])(
    'refuses the quantity %j on its field and leaves the line out',
    (quantity) => {
      const parsed = parseReturnForm(oneShirt({ 'quantity.line_1': quantity }));
      expect(parsed.fieldErrors).toEqual({ 'quantity.line_1': RETURN_MESSAGES.quantity });
      expect(parsed.choice.lines).toEqual([]);
      expect(parsed.values['quantity.line_1']).toBeUndefined();
    },
  );

  it('refuses a reason that is no id on its field', () => {
    const parsed = parseReturnForm(oneShirt({ 'reason.line_1': 'rr small<script>' }));
    expect(parsed.fieldErrors).toEqual({ 'reason.line_1': RETURN_MESSAGES.unknownReason });
    expect(parsed.choice.lines).toEqual([]);
  });

  it('says when no way of sending was chosen, or what came is no id', () => {
    const none = oneShirt();
    none.delete('shippingOptionId');
    expect(parseReturnForm(none).fieldErrors).toEqual({
      shippingOptionId: RETURN_MESSAGES.noShipping,
    });
    expect(parseReturnForm(none).choice.shippingOptionId).toBeNull();
    expect(parseReturnForm(oneShirt({ shippingOptionId: 'so post' })).fieldErrors).toEqual({
      shippingOptionId: RETURN_MESSAGES.unknownShipping,
    });
  });

  it('keeps a note of up to 500 characters over several lines, and refuses a longer one', () => {
    const longest = 'a'.repeat(500);
    expect(parseReturnForm(oneShirt({ note: longest })).choice.note).toBe(longest);
    expect(parseReturnForm(oneShirt({ note: 'one\r\ntwo\tthree' })).choice.note).toBe(
      'one\r\ntwo\tthree',
    );
    const tooLong = parseReturnForm(oneShirt({ note: `${longest}b` }));
    expect(english(tooLong.fieldErrors.note)).toBe('The note can be at most 500 characters.');
    // What was typed comes back, so that it can be shortened rather than typed again.
    expect(tooLong.values.note).toBe(`${longest}b`);
    expect(parseReturnForm(oneShirt({ note: '   ' })).choice.note).toBeNull();
  });

  it.each(['nul\u0000', 'bell\u0007', 'escape\u001b[31m', 'Dana\u202Eevil', 'mark\u200f'])(
    'refuses control and text-direction characters in the note (%j)',
    (note) => {
      expect(english(parseReturnForm(oneShirt({ note })).fieldErrors.note)).toBe(
        'Remove the control or text-direction characters from the note.',
      );
    },
  );

  it('refuses a form the page did not make: a field twice, a line id Medusa never made, too many lines', () => {
    for (const data of [
      oneShirt({ 'quantity.line_1': ['1', '2'] }),
      oneShirt({ shippingOptionId: ['so_post', 'so_other'] }),
      oneShirt({ note: ['a', 'b'] }),
      oneShirt({ 'quantity.../../admin': '1' }),
      oneShirt({ [`quantity.${'x'.repeat(65)}`]: '1' }),
      form(
        Object.fromEntries(
          Array.from({ length: RETURN_MAX_LINES + 1 }, (_, i) => [`quantity.line_${i}`, '0']),
        ),
      ),
    ]) {
      expect(parseReturnForm(data).formError).toBe(RETURN_MESSAGES.malformed);
    }
    const file = oneShirt();
    file.set('note', new Blob(['x']), 'note.txt');
    expect(parseReturnForm(file).formError).toBe(RETURN_MESSAGES.malformed);
  });

  it('echoes back only the fields it read, well-formed', () => {
    const parsed = parseReturnForm(oneShirt({ 'quantity.bad id': '1', customerId: 'cus_other' }));
    expect(Object.keys(parsed.values).sort()).toEqual([
      'note',
      'quantity.line_1',
      'reason.line_1',
      'shippingOptionId',
    ]);
  });
});

describe('checkReturnChoice', () => {
  it('makes the request of the chosen lines only, for this order', () => {
    const checked = checkReturnChoice(
      order(),
      choices,
      choice({
        lines: [
          { lineId: 'line_1', quantity: 2, reasonId: 'rr_damaged' },
          { lineId: 'line_2', quantity: 0, reasonId: null },
        ],
        note: 'Both torn.',
      }),
    );
    expect(checked).toEqual({
      ok: true,
      request: {
        orderId: 'order_7',
        items: [{ lineId: 'line_1', quantity: 2, reasonId: 'rr_damaged' }],
        shippingOptionId: 'so_post',
        note: 'Both torn.',
      },
    });
  });

  it('asks for at least one item, at the first line that can go back', () => {
    const checked = checkReturnChoice(
      order(),
      choices,
      choice({ lines: [{ lineId: 'line_1', quantity: 0, reasonId: null }] }),
    );
    expect(checked).toMatchObject({ ok: false, stale: false });
    expect(english(!checked.ok ? checked.fieldErrors['quantity.line_1'] : undefined)).toBe(
      'Choose at least one item to send back.',
    );
  });

  it('refuses more than a line may still send back, and says how many may', () => {
    const [shirt, notebook] = order().items;
    const one = order({
      items: [{ ...shirt!, returns: { requested: 1, received: 0, returnable: 1 } }, notebook!],
    });
    const checked = checkReturnChoice(
      one,
      choices,
      choice({ lines: [{ lineId: 'line_1', quantity: 2, reasonId: 'rr_small' }] }),
    );
    expect(checked).toMatchObject({
      ok: false,
      stale: true,
      fieldErrors: { [quantityField('line_1')]: atMost(1, 'Linen Shirt') },
    });
    expect(english(atMost(1, 'Linen Shirt'))).toBe('You can send back at most 1 of Linen Shirt.');
  });

  it('says so on the form when nothing of a chosen line is left to send back', () => {
    const checked = checkReturnChoice(
      order(),
      choices,
      choice({ lines: [{ lineId: 'line_2', quantity: 1, reasonId: 'rr_small' }] }),
    );
    expect(checked).toMatchObject({ ok: false, stale: true, formError: noneLeft('Notebook') });
    expect(english(noneLeft('Notebook'))).toBe('Nothing more of Notebook can be sent back.');
  });

  it('refuses a line of another order, but ignores one posted with nothing chosen', () => {
    expect(
      checkReturnChoice(
        order(),
        choices,
        choice({
          lines: [
            { lineId: 'line_1', quantity: 1, reasonId: 'rr_small' },
            { lineId: 'ordli_elsewhere', quantity: 1, reasonId: 'rr_small' },
          ],
        }),
      ),
    ).toMatchObject({ ok: false, stale: false, formError: RETURN_MESSAGES.notInOrder });
    expect(
      checkReturnChoice(
        order(),
        choices,
        choice({
          lines: [
            { lineId: 'line_1', quantity: 1, reasonId: 'rr_small' },
            { lineId: 'ordli_elsewhere', quantity: 0, reasonId: null },
          ],
        }),
      ).ok,
    ).toBe(true);
  });

  it('asks for a reason for each line sent back, one of the store’s own', () => {
    expect(
      checkReturnChoice(
        order(),
        choices,
        choice({ lines: [{ lineId: 'line_1', quantity: 1, reasonId: null }] }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { [reasonField('line_1')]: reasonFor('Linen Shirt') },
    });
    expect(english(reasonFor('Linen Shirt'))).toBe('Choose why you are sending back Linen Shirt.');
    expect(
      checkReturnChoice(
        order(),
        choices,
        choice({ lines: [{ lineId: 'line_1', quantity: 1, reasonId: 'rr_other_store' }] }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { [reasonField('line_1')]: RETURN_MESSAGES.unknownReason },
    });
  });

  it('needs no reason where the store lists none, and then takes none', () => {
    const noReasons = { ...choices, reasons: [] };
    expect(
      checkReturnChoice(
        order(),
        noReasons,
        choice({ lines: [{ lineId: 'line_1', quantity: 1, reasonId: null }] }),
      ).ok,
    ).toBe(true);
    expect(checkReturnChoice(order(), noReasons, choice())).toMatchObject({
      ok: false,
      formError: RETURN_MESSAGES.unknownReason,
    });
  });

  it('takes only a way of sending the store offers', () => {
    expect(
      checkReturnChoice(order(), choices, choice({ shippingOptionId: 'so_elsewhere' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { shippingOptionId: RETURN_MESSAGES.unknownShipping },
    });
    expect(checkReturnChoice(order(), choices, choice({ shippingOptionId: null }))).toMatchObject({
      ok: false,
      fieldErrors: { shippingOptionId: RETURN_MESSAGES.noShipping },
    });
  });

  it('says nothing can go back when nothing is chosen and nothing is left', () => {
    const [shirt] = order().items;
    const returned = order({
      items: [{ ...shirt!, returns: { requested: 0, received: 2, returnable: 0 } }],
    });
    expect(
      checkReturnChoice(
        returned,
        choices,
        choice({ lines: [{ lineId: 'line_1', quantity: 0, reasonId: null }] }),
      ),
    ).toMatchObject({ ok: false, stale: true, formError: RETURN_MESSAGES.nothingReturnable });
  });

  it('refuses anything of a cancelled order', () => {
    expect(checkReturnChoice(order({ status: 'canceled' }), choices, choice())).toMatchObject({
      ok: false,
      stale: true,
      formError: RETURN_MESSAGES.nothingReturnable,
    });
  });

  it('reports every wrong field at once', () => {
    const checked = checkReturnChoice(
      order(),
      choices,
      choice({ lines: [{ lineId: 'line_1', quantity: 3, reasonId: null }], shippingOptionId: 'x' }),
    );
    expect(checked.ok ? {} : checked.fieldErrors).toEqual({
      'quantity.line_1': atMost(2, 'Linen Shirt'),
      'reason.line_1': reasonFor('Linen Shirt'),
      shippingOptionId: RETURN_MESSAGES.unknownShipping,
    });
  });
});

describe('the summary and what it carries', () => {
  const request = {
    orderId: 'order_7',
    items: [{ lineId: 'line_1', quantity: 1, reasonId: 'rr_small' }],
    shippingOptionId: 'so_post',
    note: 'Too tight at the collar.',
  };

  it('names the lines and reasons, the way of sending and its cost, and the estimate', () => {
    expect(reviewOf(order(), choices, request)).toEqual({
      lines: [
        {
          lineId: 'line_1',
          title: 'Linen Shirt',
          variantTitle: 'Large',
          quantity: 1,
          reasonId: 'rr_small',
          reason: 'Too small',
        },
      ],
      shipping: { id: 'so_post', name: 'Return by post', price: eur(3) },
      note: 'Too tight at the collar.',
      // One of two shirts that came to €90 together, less the €3.00 of sending it.
      estimate: { items: eur(45), shipping: eur(3), refund: eur(42) },
    });
  });

  it('carries the request as the form’s own fields, which parse and check back to it', () => {
    const values = valuesOf(request);
    expect(values).toEqual({
      'quantity.line_1': '1',
      'reason.line_1': 'rr_small',
      shippingOptionId: 'so_post',
      note: 'Too tight at the collar.',
    });
    const parsed = parseReturnForm(
      form({ ...(values as Record<string, string>), intent: 'confirm' }),
    );
    expect(checkReturnChoice(order(), choices, parsed.choice)).toEqual({ ok: true, request });
  });

  it('gives back only the fields of the order’s own lines', () => {
    expect(
      valuesForOrder(order(), {
        'quantity.line_1': '1',
        'reason.line_1': 'rr_small',
        'quantity.ordli_elsewhere': '1',
        note: 'x',
      }),
    ).toEqual({ 'quantity.line_1': '1', 'reason.line_1': 'rr_small', note: 'x' });
  });
});

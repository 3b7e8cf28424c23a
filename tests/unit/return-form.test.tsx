import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import {
  ReturnForm,
  type ReturnFormAction,
  type ReturnFormLine,
} from '@/components/account/return-form';
import { messageRef } from '@/lib/i18n/message';
import {
  atMost,
  noneLeft,
  reasonFor,
  RETURN_MESSAGES,
  type ReturnFormState,
} from '@/lib/orders/return-form';
import { render } from '@/tests/support/intl';

const eur = (amount: number) => ({ amount, currencyCode: 'eur' });

const LINES: ReturnFormLine[] = [
  { id: 'ordli_beanie', title: 'Wool Beanie', variantTitle: 'Grey', returnable: 2, image: null },
  { id: 'ordli_mug', title: 'Ceramic Mug', variantTitle: null, returnable: 1, image: null },
];
const REASONS = [
  { id: 'rr_small', label: 'Too small' },
  { id: 'rr_damaged', label: 'Damaged' },
];
const POST = [{ id: 'so_post', name: 'Return by post', price: eur(3) }];

/** The form with an action answering `answer` (each call: the next of them). */
function renderForm(
  answers: ReturnFormState[] = [],
  props: Partial<Parameters<typeof ReturnForm>[0]> = {},
) {
  const sent: FormData[] = [];
  const action = vi.fn<ReturnFormAction>(async (_previous, formData) => {
    sent.push(formData);
    return answers[sent.length - 1] ?? { status: 'idle' };
  });
  const form = (over: Partial<Parameters<typeof ReturnForm>[0]>) => (
    <ReturnForm
      action={action}
      lines={LINES}
      reasons={REASONS}
      shippingOptions={POST}
      nothingLeft={<p>Nothing in this order can be sent back now.</p>}
      {...props}
      {...over}
    />
  );
  const { rerender } = render(form({}));
  /** The page rendered again by the server, as after an answer that read the order afresh. */
  const renderedAgain = (over: Partial<Parameters<typeof ReturnForm>[0]>) => rerender(form(over));
  return { action, sent, renderedAgain };
}

const line = (title: string) => screen.getByRole('group', { name: new RegExp(title) });

const REVIEW: ReturnFormState = {
  status: 'success',
  values: {},
  review: {
    lines: [
      {
        lineId: 'ordli_beanie',
        title: 'Wool Beanie',
        variantTitle: 'Grey',
        quantity: 1,
        reasonId: 'rr_small',
        reason: 'Too small',
      },
    ],
    shipping: { id: 'so_post', name: 'Return by post', price: eur(3) },
    note: 'Too tight.',
    estimate: { items: eur(15), shipping: eur(3), refund: eur(12) },
  },
};

describe('the return form', () => {
  it('offers each line from none up to what may go back, with the store’s reasons', () => {
    renderForm();
    const beanie = line('Wool Beanie');
    const quantity = within(beanie).getByLabelText('How many to send back');
    expect(quantity).toHaveValue('0');
    expect(
      within(quantity)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['0', '1', '2']);
    expect(quantity).toHaveAccessibleDescription('Up to 2.');
    const reason = within(beanie).getByLabelText('Reason');
    expect(reason).toHaveValue('');
    expect(
      within(reason)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a reason', 'Too small', 'Damaged']);
    expect(
      within(line('Ceramic Mug'))
        .getAllByRole('option')
        .filter((o) => /^\d$/.test(o.textContent ?? '')),
    ).toHaveLength(2);
  });

  it('shows each way of sending with its price, the only one already chosen, and an optional note', () => {
    renderForm();
    const post = screen.getByRole('radio', { name: 'Return by post €3.00' });
    expect(post).toBeChecked();
    expect(screen.getByRole('group', { name: 'How you will send them back' })).toContainElement(
      post,
    );
    expect(screen.getByLabelText(/Anything the store should know/)).toHaveAccessibleDescription(
      'Up to 500 characters.',
    );
  });

  it('lets the shopper choose where the store offers several ways', () => {
    renderForm([], {
      shippingOptions: [...POST, { id: 'so_courier', name: 'Courier pick-up', price: eur(8) }],
    });
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('leaves out the reasons where the store lists none', () => {
    renderForm([], { reasons: [] });
    expect(within(line('Wool Beanie')).queryByLabelText('Reason')).toBeNull();
  });

  it('says what the page gives it in place of the form when nothing can go back', () => {
    renderForm([], { lines: [] });
    expect(screen.getByText('Nothing in this order can be sent back now.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });

  it('posts the choice under the lines’ names, with the button pressed', async () => {
    const { sent } = renderForm([REVIEW]);
    const beanie = line('Wool Beanie');
    await userEvent.selectOptions(within(beanie).getByLabelText('How many to send back'), '1');
    await userEvent.selectOptions(within(beanie).getByLabelText('Reason'), 'Too small');
    await userEvent.type(screen.getByLabelText(/Anything the store should know/), 'Too tight.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(Object.fromEntries(sent[0]!)).toEqual({
      'quantity.ordli_beanie': '1',
      'reason.ordli_beanie': 'rr_small',
      'quantity.ordli_mug': '0',
      'reason.ordli_mug': '',
      shippingOptionId: 'so_post',
      note: 'Too tight.',
      intent: 'review',
    });
  });

  it('after a refusal focuses a summary that links to each wrong field in the form’s order, keeping the choice', async () => {
    const { sent } = renderForm([
      {
        status: 'error',
        // What the action answers: catalogue keys, which the form shows in English here.
        fieldErrors: {
          note: messageRef('returnForm.messages.noteTooLong', { max: 500 }),
          'reason.ordli_beanie': reasonFor('Wool Beanie'),
          'quantity.ordli_mug': atMost(1, 'Ceramic Mug'),
        },
        values: {
          'quantity.ordli_beanie': '2',
          'reason.ordli_beanie': '',
          'quantity.ordli_mug': '1',
          shippingOptionId: 'so_post',
          note: 'Long.',
        },
      },
    ]);
    const quantity = within(line('Wool Beanie')).getByLabelText('How many to send back');
    await userEvent.selectOptions(quantity, '2');
    await userEvent.type(screen.getByLabelText(/Anything the store should know/), 'Long.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(sent).toHaveLength(1);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Choose why you are sending back Wool Beanie.', '#return-reason-1'],
      ['You can send back at most 1 of Ceramic Mug.', '#return-quantity-2'],
      ['The note can be at most 500 characters.', '#return-note'],
    ]);
    const reason = within(line('Wool Beanie')).getByLabelText('Reason');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Choose why you are sending back Wool Beanie.');
    expect(quantity).toHaveValue('2');
    expect(screen.getByLabelText(/Anything the store should know/)).toHaveValue('Long.');
    await userEvent.click(within(summary).getAllByRole('link')[1]!);
    expect(within(line('Ceramic Mug')).getByLabelText('How many to send back')).toHaveFocus();
  });

  it('ties a missing way of sending to its group, and links to its first choice', async () => {
    renderForm(
      [{ status: 'error', fieldErrors: { shippingOptionId: RETURN_MESSAGES.noShipping } }],
      { shippingOptions: [...POST, { id: 'so_courier', name: 'Courier', price: eur(8) }] },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#return-shipping-1');
    expect(
      screen.getByRole('group', { name: 'How you will send them back' }),
    ).toHaveAccessibleDescription('Choose how you will send the items back.');
  });

  it('shows the form-level message, and one for an error on a field it does not show', async () => {
    renderForm([
      { status: 'error', fieldErrors: { 'quantity.ordli_elsewhere': RETURN_MESSAGES.quantity } },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    expect(summary).toHaveTextContent(
      'This form did not arrive as the page sent it. Choose again from the items below.',
    );
  });

  it('keeps a refusal on screen when the page, read again, has nothing left to send back', async () => {
    const { renderedAgain } = renderForm([{ status: 'error', formError: noneLeft('Wool Beanie') }]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('group', { name: 'There is a problem' });
    renderedAgain({ lines: [] });
    const summary = screen.getByRole('group', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('Nothing more of Wool Beanie can be sent back.');
    expect(screen.getByText('Nothing in this order can be sent back now.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });
});

describe('the summary step', () => {
  async function reachSummary(answers: ReturnFormState[] = []) {
    const rendered = renderForm([REVIEW, ...answers]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Check your return' });
    return rendered;
  }

  it('says what comes back, how, what it may refund and how, and takes the focus', async () => {
    await reachSummary();
    const heading = screen.getByRole('heading', { name: 'Check your return' });
    await waitFor(() => expect(heading).toHaveFocus());
    const items = screen.getByRole('table', { name: 'What you are sending back' });
    expect(within(items).getByRole('row', { name: /Wool Beanie/ })).toHaveTextContent(
      'Wool BeanieGrey1Too small',
    );
    expect(screen.getByText('Sending them back').nextSibling).toHaveTextContent(
      'Return by post (€3.00)',
    );
    expect(screen.getByText('Your note').nextSibling).toHaveTextContent('Too tight.');
    const refund = screen.getByRole('table', { name: 'Your estimated refund' });
    expect(within(refund).getByRole('row', { name: /Value of the items/ })).toHaveTextContent(
      '€15.00',
    );
    expect(within(refund).getByRole('row', { name: /Return shipping/ })).toHaveTextContent(
      '-€3.00',
    );
    expect(within(refund).getByRole('row', { name: /Estimated refund/ })).toHaveTextContent(
      '€12.00',
    );
    expect(
      screen.getByText(/refunded to the payment method you used, once the store has received/),
    ).toBeVisible();
    expect(screen.queryByLabelText('How many to send back')).toBeNull();
  });

  it('confirms with the choice it shows, carried in the form', async () => {
    const { sent } = await reachSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm return' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(Object.fromEntries(sent[1]!)).toEqual({
      'quantity.ordli_beanie': '1',
      'reason.ordli_beanie': 'rr_small',
      shippingOptionId: 'so_post',
      note: 'Too tight.',
      intent: 'confirm',
    });
  });

  it('goes back to the form with the choice the server hands back on Change', async () => {
    const { sent } = await reachSummary([
      {
        status: 'idle',
        values: {
          'quantity.ordli_beanie': '1',
          'reason.ordli_beanie': 'rr_small',
          shippingOptionId: 'so_post',
          note: 'Too tight.',
        },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    const heading = await screen.findByRole('heading', { name: 'What are you sending back?' });
    expect(sent[1]!.get('intent')).toBe('change');
    await waitFor(() => expect(heading).toHaveFocus());
    const beanie = line('Wool Beanie');
    expect(within(beanie).getByLabelText('How many to send back')).toHaveValue('1');
    expect(within(beanie).getByLabelText('Reason')).toHaveValue('rr_small');
    expect(screen.getByLabelText(/Anything the store should know/)).toHaveValue('Too tight.');
  });

  it('stays on the summary with the message when the store did not answer', async () => {
    await reachSummary([
      {
        ...REVIEW,
        status: 'error',
        formError: 'errors.unavailable',
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm return' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('The store is not responding');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Confirm return' })).toBeVisible();
  });

  it('sends one confirmation however often it is pressed while one is under way', async () => {
    const rendered = renderForm([REVIEW]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Check your return' });
    let finish: (state: ReturnFormState) => void = () => undefined;
    rendered.action.mockImplementationOnce(
      (_previous, formData) =>
        new Promise((resolve) => {
          rendered.sent.push(formData);
          finish = resolve;
        }),
    );
    const confirm = screen.getByRole('button', { name: 'Confirm return' });
    const form = confirm.closest('form')!;
    act(() => {
      fireEvent.click(confirm);
      fireEvent.submit(form);
      fireEvent.click(confirm);
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sending…' })).toBeVisible());
    await userEvent.click(screen.getByRole('button', { name: 'Sending…' }));
    expect(screen.getByRole('button', { name: 'Change' })).toHaveAttribute('aria-disabled', 'true');
    expect(rendered.action).toHaveBeenCalledTimes(2);
    expect(rendered.sent[1]!.get('intent')).toBe('confirm');
    await act(async () => finish({ status: 'idle' }));
  });
});

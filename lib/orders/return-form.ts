import type { FormState } from '../form-protocol';
import { messageRef, type MessageRef } from '../i18n/message';
import type { Money, Order, ReturnChoices, ReturnRequest } from '../store/types';
import { refuseReturn, returnEstimate, type ReturnRefusal } from './returns';

// A return as the shopper chooses it on the return page, and how the form carries it.
//
// Each line that can go back has two fields named after the line: `quantity.<lineId>` (how
// many units, a whole number) and `reason.<lineId>` (a reason's id, or empty), beside two fixed
// fields, `shippingOptionId` and `note`. The summary step carries the same names as hidden
// fields, so that "Confirm return" and "Change" post exactly what was chosen. Nothing posted is
// trusted: every step parses the fields again (lib/schemas/return.ts) and checks them here
// against the order the server has just read as the signed-in customer's own.

export const quantityField = (lineId: string) => `quantity.${lineId}` as const;
export const reasonField = (lineId: string) => `reason.${lineId}` as const;

/** The note's length at most, in characters. */
export const RETURN_NOTE_MAX = 500;

/** Every field of the return form: the per-line fields and the fixed ones. */
export type ReturnField = `quantity.${string}` | `reason.${string}` | 'shippingOptionId' | 'note';

/** Which button sent the form: Continue, Change (back from the summary) or Confirm return. */
export type ReturnIntent = 'review' | 'change' | 'confirm';

/** What the form posted, each part well-formed; not yet checked against the order. */
export type ReturnChoice = {
  /** Every line posted, with a quantity of 0 for the lines not chosen. */
  lines: { lineId: string; quantity: number; reasonId: string | null }[];
  /** Null when none was chosen, or what came is not an id. */
  shippingOptionId: string | null;
  note: string | null;
};

/** What the summary step shows: the choice as the store will get it, and what it may refund. */
export type ReturnReview = {
  lines: {
    lineId: string;
    title: string;
    variantTitle: string | null;
    quantity: number;
    reasonId: string | null;
    /** The reason's label, as the store names it. */
    reason: string | null;
  }[];
  shipping: { id: string; name: string; price: Money };
  note: string | null;
  estimate: { items: Money; shipping: Money; refund: Money };
};

/** The return form's state: errors and what was chosen, and on the summary step, the review. */
export type ReturnFormState = FormState<ReturnField> & { review?: ReturnReview };

/**
 * What is wrong with the choice. The messages are catalogue keys (`returnForm.messages`, with
 * their values): the form shows them in the shopper's language.
 */
export type ReturnErrors = {
  fieldErrors: Partial<Record<ReturnField, MessageRef>>;
  formError?: MessageRef;
};

export const RETURN_MESSAGES = {
  nothingChosen: 'returnForm.messages.nothingChosen',
  nothingReturnable: 'returnForm.messages.nothingReturnable',
  notInOrder: 'returnForm.messages.notInOrder',
  malformed: 'returnForm.messages.malformed',
  quantity: 'returnForm.messages.quantity',
  unknownReason: 'returnForm.messages.unknownReason',
  noShipping: 'returnForm.messages.noShipping',
  unknownShipping: 'returnForm.messages.unknownShipping',
  /** The backend refused what the storefront let through: the order changed in between. */
  changed: 'returnForm.messages.changed',
} as const satisfies Record<string, MessageRef>;

export const atMost = (returnable: number, title: string): MessageRef =>
  messageRef('returnForm.messages.atMost', { max: returnable, title });
export const noneLeft = (title: string): MessageRef =>
  messageRef('returnForm.messages.noneLeft', { title });
export const reasonFor = (title: string): MessageRef =>
  messageRef('returnForm.messages.reasonFor', { title });

/** What a refusal of `refuseReturn` says, should it refuse what the checks below let through. */
const REFUSED: Record<ReturnRefusal, MessageRef> = {
  order_cancelled: RETURN_MESSAGES.nothingReturnable,
  nothing_chosen: RETURN_MESSAGES.nothingChosen,
  not_in_order: RETURN_MESSAGES.notInOrder,
  more_than_returnable: RETURN_MESSAGES.changed,
  unknown_reason: RETURN_MESSAGES.unknownReason,
  unknown_shipping_option: RETURN_MESSAGES.unknownShipping,
};

export type ReturnCheck =
  | { ok: true; request: ReturnRequest }
  /** `stale`: the order holds less to return than the page offered; it should be read again. */
  | ({ ok: false; stale: boolean } & ReturnErrors);

/**
 * The choice checked against the order and the store's choices, with a message for each field
 * that is wrong: nothing chosen, more than the line may still send back, a line that is not
 * the order's, a reason or a way of sending that the store does not offer.
 */
export function checkReturnChoice(
  order: Order,
  choices: ReturnChoices,
  choice: ReturnChoice,
): ReturnCheck {
  const fieldErrors: ReturnErrors['fieldErrors'] = {};
  const refused = (formError: MessageRef | undefined, stale = false): ReturnCheck => ({
    ok: false,
    stale,
    fieldErrors,
    ...(formError ? { formError } : {}),
  });
  // Said before anything about the lines: `refuseReturn` refuses a cancelled order outright.
  if (order.status === 'canceled') return refused(REFUSED.order_cancelled, true);

  const chosen = choice.lines.filter((line) => line.quantity > 0);
  let formError: MessageRef | undefined;
  let stale = false;
  for (const item of chosen) {
    const line = order.items.find((l) => l.id === item.lineId);
    if (!line) return refused(RETURN_MESSAGES.notInOrder);
    const { returnable } = line.returns;
    if (item.quantity > returnable) {
      stale = true;
      if (returnable === 0) formError ??= noneLeft(line.title);
      else fieldErrors[quantityField(line.id)] = atMost(returnable, line.title);
    }
    if (item.reasonId === null) {
      if (choices.reasons.length > 0) fieldErrors[reasonField(line.id)] = reasonFor(line.title);
    } else if (!choices.reasons.some((reason) => reason.id === item.reasonId)) {
      if (choices.reasons.length > 0)
        fieldErrors[reasonField(line.id)] = RETURN_MESSAGES.unknownReason;
      else formError ??= RETURN_MESSAGES.unknownReason;
    }
  }
  if (chosen.length === 0) {
    const first = order.items.find((line) => line.returns.returnable > 0);
    if (!first) return refused(RETURN_MESSAGES.nothingReturnable, true);
    fieldErrors[quantityField(first.id)] = RETURN_MESSAGES.nothingChosen;
  }
  if (choice.shippingOptionId === null) {
    fieldErrors.shippingOptionId = RETURN_MESSAGES.noShipping;
  } else if (!choices.shippingOptions.some((option) => option.id === choice.shippingOptionId)) {
    fieldErrors.shippingOptionId = RETURN_MESSAGES.unknownShipping;
  }
  if (formError || Object.keys(fieldErrors).length > 0 || choice.shippingOptionId === null)
    return refused(formError, stale);

  const request: ReturnRequest = {
    orderId: order.id,
    items: chosen.map(({ lineId, quantity, reasonId }) => ({ lineId, quantity, reasonId })),
    shippingOptionId: choice.shippingOptionId,
    note: choice.note,
  };
  // The same rules the backend applies before it sends anything: both must agree.
  const refusal = refuseReturn(order, request, choices);
  if (refusal) return refused(REFUSED[refusal], refusal === 'more_than_returnable');
  return { ok: true, request };
}

/** The summary of a checked request, from the order and the store's choices it was checked with. */
export function reviewOf(
  order: Order,
  choices: ReturnChoices,
  request: ReturnRequest,
): ReturnReview {
  const shipping = choices.shippingOptions.find((o) => o.id === request.shippingOptionId)!;
  return {
    lines: request.items.map((item) => {
      const line = order.items.find((l) => l.id === item.lineId)!;
      return {
        lineId: line.id,
        title: line.title,
        variantTitle:
          line.variantTitle && line.variantTitle !== line.title ? line.variantTitle : null,
        quantity: item.quantity,
        reasonId: item.reasonId,
        reason: choices.reasons.find((r) => r.id === item.reasonId)?.label ?? null,
      };
    }),
    shipping: { id: shipping.id, name: shipping.name, price: shipping.price },
    note: request.note,
    estimate: returnEstimate(order, request, choices),
  };
}

/** The form's fields for a checked request: what the summary carries, and "Change" brings back. */
export function valuesOf(request: ReturnRequest): Partial<Record<ReturnField, string>> {
  const values: Partial<Record<ReturnField, string>> = {
    shippingOptionId: request.shippingOptionId,
    note: request.note ?? '',
  };
  for (const item of request.items) {
    values[quantityField(item.lineId)] = String(item.quantity);
    values[reasonField(item.lineId)] = item.reasonId ?? '';
  }
  return values;
}

/** The posted values of this order's own lines and the fixed fields: nothing else goes back. */
export function valuesForOrder(
  order: Order,
  values: Partial<Record<ReturnField, string>>,
): Partial<Record<ReturnField, string>> {
  const kept: Partial<Record<ReturnField, string>> = {};
  const fields: ReturnField[] = [
    ...order.items.flatMap((line) => [quantityField(line.id), reasonField(line.id)]),
    'shippingOptionId',
    'note',
  ];
  for (const field of fields) {
    const value = values[field];
    if (value !== undefined) kept[field] = value;
  }
  return kept;
}

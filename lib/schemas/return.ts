import * as z from 'zod/mini';

import { messageRef } from '../i18n/message';
import {
  quantityField,
  reasonField,
  RETURN_MESSAGES,
  RETURN_NOTE_MAX,
  type ReturnChoice,
  type ReturnErrors,
  type ReturnField,
  type ReturnIntent,
} from '../orders/return-form';

// The return form as the server reads it (lib/orders/return-form.ts says how it is laid out):
// each field on its own, so that one wrong field leaves the others' values and messages. It
// only says whether what came is well-formed; whether the order and the store allow it is
// `checkReturnChoice`'s to say, once the order has been read. Its messages are catalogue keys
// (`returnForm.messages`), as the rest of the form's.

export { RETURN_NOTE_MAX };
/** More lines than an order of this store would ever have: a form that big was made up. */
export const RETURN_MAX_LINES = 100;

/**
 * An id as Medusa makes them (`item_01H…`, `ordli_01…`, `rr_…`, `so_…`): anything else is
 * neither looked up nor echoed back into the page.
 */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * C0 and C1 controls but tab and line breaks, and the marks that reorder text: a note is free
 * text over several lines, but never a way to make one thing look like another.
 */
const NOTE_REFUSED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const note = z.pipe(
  z.string().check(
    z.trim(),
    z.maxLength(
      RETURN_NOTE_MAX,
      messageRef('returnForm.messages.noteTooLong', { max: RETURN_NOTE_MAX }),
    ),
    z.refine((value) => !NOTE_REFUSED.test(value), 'returnForm.messages.noteControlCharacters'),
  ),
  z.transform((value: string) => value || null),
);

/** How many of a line: the select offers 0 up to what may go back. */
const quantity = z.pipe(
  z.string().check(z.regex(/^\d{1,3}$/, RETURN_MESSAGES.quantity)),
  z.transform(Number),
);

const reasonId = z.pipe(
  z.string().check(z.regex(/^$|^[A-Za-z0-9_-]{1,64}$/, RETURN_MESSAGES.unknownReason)),
  z.transform((value: string) => value || null),
);

const shippingOptionId = z
  .string()
  .check(z.minLength(1, RETURN_MESSAGES.noShipping), z.regex(ID, RETURN_MESSAGES.unknownShipping));

export type ParsedReturnForm = ReturnErrors & {
  intent: ReturnIntent;
  choice: ReturnChoice;
  /** What was posted, for the form to show again: only well-formed lines' fields. */
  values: Partial<Record<ReturnField, string>>;
};

/** The one value of a field, or '' when it is missing; null when it came twice or as a file. */
function single(formData: FormData, name: string): string | null {
  const all = formData.getAll(name);
  if (all.length === 0) return '';
  return all.length === 1 && typeof all[0] === 'string' ? all[0] : null;
}

const INTENTS: readonly ReturnIntent[] = ['review', 'change', 'confirm'];

/**
 * The return form's fields, each checked on its own: the lines (a `quantity.<lineId>` field for
 * each; a line whose quantity is not a small whole number is left out, with its message), the
 * shipping option and the note. Which button was pressed is `intent`; anything but Change or
 * Confirm is Continue, which writes nothing.
 */
export function parseReturnForm(formData: FormData): ParsedReturnForm {
  const fieldErrors: ReturnErrors['fieldErrors'] = {};
  const values: ParsedReturnForm['values'] = {};
  // A field twice, a file, a line id Medusa never made, a hundred lines: not the page's form.
  let malformed = false;
  const one = (name: string) => {
    const value = single(formData, name);
    if (value === null) malformed = true;
    return value ?? '';
  };

  const posted = one('intent');
  const intent = INTENTS.find((known) => known === posted) ?? 'review';

  const lineIds = [
    ...new Set(
      [...formData.keys()]
        .filter((key) => key.startsWith('quantity.'))
        .map((key) => key.slice('quantity.'.length)),
    ),
  ];
  if (lineIds.length > RETURN_MAX_LINES) malformed = true;
  const lines: ReturnChoice['lines'] = [];
  for (const lineId of lineIds.slice(0, RETURN_MAX_LINES)) {
    if (!ID.test(lineId)) {
      malformed = true;
      continue;
    }
    const quantityName = quantityField(lineId);
    const reasonName = reasonField(lineId);
    const count = quantity.safeParse(one(quantityName));
    const reason = reasonId.safeParse(one(reasonName));
    if (count.success) values[quantityName] = String(count.data);
    else fieldErrors[quantityName] = RETURN_MESSAGES.quantity;
    if (reason.success) values[reasonName] = reason.data ?? '';
    else fieldErrors[reasonName] = RETURN_MESSAGES.unknownReason;
    if (count.success && reason.success)
      lines.push({ lineId, quantity: count.data, reasonId: reason.data });
  }

  const shipping = shippingOptionId.safeParse(one('shippingOptionId'));
  if (shipping.success) values.shippingOptionId = shipping.data;
  else
    fieldErrors.shippingOptionId = shipping.error.issues[0]?.message ?? RETURN_MESSAGES.noShipping;

  const typed = one('note');
  const parsedNote = note.safeParse(typed);
  values.note = typed;
  if (!parsedNote.success)
    fieldErrors.note = parsedNote.error.issues[0]?.message ?? RETURN_MESSAGES.malformed;

  return {
    intent,
    choice: {
      lines,
      shippingOptionId: shipping.success ? shipping.data : null,
      note: parsedNote.success ? parsedNote.data : null,
    },
    fieldErrors,
    ...(malformed ? { formError: RETURN_MESSAGES.malformed } : {}),
    values,
  };
}

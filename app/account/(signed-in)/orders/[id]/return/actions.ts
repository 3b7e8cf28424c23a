'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { actAsCustomer, type ActionLimit } from '@/lib/customer-action';
import {
  checkReturnChoice,
  RETURN_MESSAGES,
  reviewOf,
  valuesForOrder,
  valuesOf,
  type ReturnFormState,
  type ReturnReview,
} from '@/lib/orders/return-form';
import { forgetOwnOrders, ownOrder, readOwnOrderAfresh, readOwnOrdersAs } from '@/lib/own-orders';
import { parseReturnForm } from '@/lib/schemas/return';

import { orderUrl } from '../outcomes';

/** Counted once the storefront's own checks pass, just before the request goes to Medusa. */
const RETURN_LIMIT: ActionLimit = { action: 'requestReturn' };

/**
 * Every step of the return form, told apart by the button pressed (`intent`):
 * - Continue: the choice checked against the order as its page read it; the summary, or the
 *   form again with what is wrong.
 * - Change: the form again with the choice the summary carried. Nothing is read or written.
 * - Confirm return: the choice checked again against the order read afresh, then the return
 *   asked of the store (whose adapter checks it once more), and the order's page saying so.
 * The order is always read as the signed-in customer's own: another's is `not_found`.
 */
export async function returnStep(
  orderId: string,
  _previous: ReturnFormState,
  formData: FormData,
): Promise<ReturnFormState> {
  const page = `${orderUrl(orderId)}/return`;
  const form = parseReturnForm(formData);
  if (form.intent === 'change') return { status: 'idle', values: form.values };
  const confirming = form.intent === 'confirm';
  // What the work found before it failed, if it failed: whose orders to read afresh, and the
  // summary to show again when the choice was found sound.
  let customerId: string | null = null;
  let reviewed: { review: ReturnReview; values: ReturnFormState['values'] } | null = null;

  const answer = await actAsCustomer<ReturnFormState | null>(
    { page, operation: confirming ? 'requestReturn' : 'reviewReturn' },
    async (signedIn) => {
      const { store, customer } = signedIn;
      customerId = customer.id;
      const [order, choices] = await Promise.all([
        confirming
          ? readOwnOrderAfresh(signedIn, orderId)
          : readOwnOrdersAs(signedIn, ownOrder(orderId)),
        store.returns.choices(orderId),
      ]);
      const checked = checkReturnChoice(order, choices, form.choice);
      const fieldErrors = { ...(checked.ok ? {} : checked.fieldErrors), ...form.fieldErrors };
      const formError = form.formError ?? (checked.ok ? undefined : checked.formError);
      if (!checked.ok || formError || Object.keys(fieldErrors).length > 0) {
        if (!checked.ok && checked.stale) {
          // The page offered more than the order now holds: its next render reads it afresh.
          await forgetOwnOrders(customer.id);
          revalidatePath(page);
        }
        return {
          status: 'error',
          fieldErrors,
          ...(formError ? { formError } : {}),
          values: valuesForOrder(order, form.values),
        };
      }
      reviewed = {
        review: reviewOf(order, choices, checked.request),
        values: valuesOf(checked.request),
      };
      if (!confirming) return { status: 'success', ...reviewed };
      await signedIn.attempt(RETURN_LIMIT);
      await store.returns.request(checked.request);
      await forgetOwnOrders(customer.id);
      return null;
    },
    async ({ kind, message }): Promise<ReturnFormState> => {
      if (kind === 'invalid_input') {
        // The backend's own check refused it: the order changed after ours.
        if (customerId) await forgetOwnOrders(customerId);
        revalidatePath(page);
        return { status: 'error', formError: RETURN_MESSAGES.changed, values: form.values };
      }
      // Nothing was asked of the store, or it did not answer: the same summary, to try again.
      return reviewed
        ? { status: 'error', formError: message, ...reviewed }
        : { status: 'error', formError: message, values: form.values };
    },
  );
  if (answer) return answer;
  revalidatePath('/account', 'layout');
  redirect(orderUrl(orderId, 'return-requested'));
}

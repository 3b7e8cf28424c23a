'use server';

import { GUEST_ORDER_PATH } from '@/lib/claim-link';
import { actAsCustomer } from '@/lib/customer-action';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import type { MessageRef } from '@/lib/i18n/message';
import { GUEST_ORDER_COPY, maskEmail, sentMessage } from '@/lib/orders/guest-order';
import { guestOrderSchema } from '@/lib/schemas/guest-order';

type State = FormStateOf<typeof guestOrderSchema>;

/**
 * Asks the store to mail a confirmation link to the address the order was placed with. The
 * id alone moves nothing; whether it exists is said plainly (see docs/security.md: ids are
 * random, each attempt counts against the `guestOrder` limit, and the store's own order route
 * already answers anyone holding one).
 */
export async function requestGuestOrder(_previous: State, formData: FormData): Promise<State> {
  const form = parseForm(guestOrderSchema, formData);
  if (!form.ok) return form.state;
  const { values } = form;
  const { orderId } = form.data;
  const onField = (message: MessageRef): State => ({
    status: 'error',
    fieldErrors: { orderId: message },
    values,
  });
  return actAsCustomer(
    { page: GUEST_ORDER_PATH, operation: 'requestGuestOrder', limit: { action: 'guestOrder' } },
    async ({ store }): Promise<State> => {
      if (!store.guestOrders) return { status: 'error', formError: GUEST_ORDER_COPY.notOffered };
      const result = await store.guestOrders.request(orderId);
      switch (result.status) {
        case 'sent':
          return {
            status: 'success',
            message: sentMessage(maskEmail(result.email), result.expiresInMinutes),
            values,
          };
        case 'already_yours':
          return onField(GUEST_ORDER_COPY.alreadyYours);
        case 'in_another_account':
          return onField(GUEST_ORDER_COPY.inAnotherAccount);
      }
    },
    ({ kind, message }): State => {
      if (kind === 'not_found') return onField(GUEST_ORDER_COPY.notFound);
      if (kind === 'invalid_input')
        return { status: 'error', formError: GUEST_ORDER_COPY.refused, values };
      return { status: 'error', formError: message, values };
    },
  );
}

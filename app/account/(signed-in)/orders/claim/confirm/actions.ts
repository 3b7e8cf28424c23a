'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { CLAIM_LINK_PATH } from '@/lib/claim-link';
import { actAsCustomer, type ActionFailure } from '@/lib/customer-action';
import { forgetOwnOrders } from '@/lib/own-orders';
import { clearClaimLink, readClaimLink } from '@/lib/session';

import { orderUrl } from '../../[id]/outcomes';

/** Where the confirm page goes after a post: the outcome it shows, or the link's state again. */
const confirmUrl = (done?: 'declined' | 'unusable' | 'failed' | 'unavailable') =>
  done ? `${CLAIM_LINK_PATH}?done=${done}` : CLAIM_LINK_PATH;

/** A link the store refused is forgotten; any other failure leaves it to try again. */
async function afterFailure(kind: ActionFailure['kind']) {
  if (kind === 'invalid_token') {
    await clearClaimLink();
    return confirmUrl('unusable');
  }
  return confirmUrl(kind === 'invalid_input' ? 'failed' : 'unavailable');
}

/**
 * Moves the order of the followed link into the signed-in customer's account, after the same
 * checks the page made (the link is this account's, the order in no account), then shows the
 * order's page. Anything else goes back to the page, which says why.
 */
export async function confirmGuestOrder(): Promise<void> {
  const link = await readClaimLink();
  if (!link) redirect(confirmUrl('unusable'));
  const next = await actAsCustomer(
    { page: CLAIM_LINK_PATH, operation: 'confirmGuestOrder' },
    async ({ store, customer }) => {
      if (!store.guestOrders) return confirmUrl('failed');
      const state = await store.guestOrders.confirm(link);
      if (state.status !== 'added') return confirmUrl();
      // The storefront moved an order into this customer's account: what it kept of their
      // orders is out of date now, whether or not Medusa tells it too.
      await forgetOwnOrders(customer.id);
      await clearClaimLink();
      return orderUrl(state.orderId, 'added');
    },
    (failure) => afterFailure(failure.kind),
  );
  revalidatePath('/account', 'layout');
  redirect(next);
}

/**
 * Turns down the request behind the followed link (where requests stay open until answered),
 * for the mailbox's owner who did not ask: the order stays where it is.
 */
export async function declineGuestOrder(): Promise<void> {
  const link = await readClaimLink();
  if (!link) redirect(confirmUrl('unusable'));
  const next = await actAsCustomer(
    { page: CLAIM_LINK_PATH, operation: 'declineGuestOrder' },
    async ({ store }) => {
      const decline = store.guestOrders?.decline;
      if (!decline) return confirmUrl('failed');
      await decline(link);
      await clearClaimLink();
      return confirmUrl('declined');
    },
    (failure) => afterFailure(failure.kind),
  );
  redirect(next);
}

import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { Notice } from '@/components/ui/notice';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireCustomer } from '@/lib/auth';
import { CLAIM_LINK_PATH, GUEST_ORDER_PATH } from '@/lib/claim-link';
import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { GUEST_ORDER_COPY } from '@/lib/orders/guest-order';
import { readClaimLink } from '@/lib/session';
import type { GuestOrderLinkState } from '@/lib/store';

import { confirmGuestOrder, declineGuestOrder } from './actions';

export const metadata: Metadata = { title: 'Add an order to your account' };

const linkClass = 'text-sm text-indigo-700 underline';

function Screen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}

const backToOrders = (
  <Link href="/account/orders" className={linkClass}>
    Back to your orders
  </Link>
);

/** A link that cannot be used (expired, used, incomplete), with the way to a new one. */
function Unusable({ message }: { message: string }) {
  return (
    <Screen title="This link can’t be used">
      <Notice tone="error">{message}</Notice>
      <Link href={GUEST_ORDER_PATH} className={linkClass}>
        Ask for a new link
      </Link>
      {backToOrders}
    </Screen>
  );
}

/**
 * Where the mailed link leads (proxy.ts moved its token into a cookie scoped here and cleaned
 * the address). A GET only reads: it says where the link stands, and the shopper confirms with
 * a button, a POST. Under /account, so a signed-out shopper signs in first and comes back.
 */
export default async function ConfirmGuestOrderPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ store, customer }, params, link] = await Promise.all([
    requireCustomer(CLAIM_LINK_PATH),
    searchParams,
    readClaimLink(),
  ]);

  if (params.done === 'declined') {
    return (
      <Screen title="Request declined">
        <OutcomeNotice tone="success">
          You declined the request. The order stays where it was, and the link no longer works.
        </OutcomeNotice>
        {backToOrders}
      </Screen>
    );
  }
  if (params.done === 'unusable' || !link)
    return <Unusable message={GUEST_ORDER_COPY.linkUnusable} />;
  if (!store.guestOrders) {
    return (
      <Screen title="Add an order to your account">
        <Notice>{GUEST_ORDER_COPY.notOffered}</Notice>
        {backToOrders}
      </Screen>
    );
  }

  let state: Exclude<GuestOrderLinkState, { status: 'added' }>;
  try {
    state = await store.guestOrders.inspect(link);
  } catch (error) {
    if (errorKind(error) === 'invalid_token')
      return <Unusable message={GUEST_ORDER_COPY.linkUnusable} />;
    // A store that does not answer: the error page, as on every other account page.
    describeFailure('inspectGuestOrder', error);
    throw error;
  }

  switch (state.status) {
    case 'ready':
      return (
        <Screen title="Add this order to your account?">
          {params.done === 'failed' || params.done === 'unavailable' ? (
            <Notice tone="error">
              {params.done === 'failed' ? GUEST_ORDER_COPY.refused : ERROR_COPY.unavailable}
            </Notice>
          ) : null}
          <p className="text-sm text-gray-700">
            Order <span className="font-mono">{state.orderId}</span> will be added to the orders of
            the account you are signed in to, {customer.email}.
          </p>
          <form action={confirmGuestOrder} className="flex flex-wrap items-center gap-4">
            <SubmitButton pendingLabel="Adding…">Add the order to my account</SubmitButton>
            <Link href="/account/orders" className={linkClass}>
              Not now
            </Link>
          </form>
        </Screen>
      );
    case 'already_yours':
      return (
        <Screen title="This order is already in your account">
          <Notice tone="success">{GUEST_ORDER_COPY.alreadyYours}</Notice>
          <Link href={`/account/orders/${encodeURIComponent(state.orderId)}`} className={linkClass}>
            View the order
          </Link>
          {backToOrders}
        </Screen>
      );
    case 'in_another_account':
      return (
        <Screen title="This order is already in an account">
          <Notice tone="error">{GUEST_ORDER_COPY.inAnotherAccount}</Notice>
          {backToOrders}
        </Screen>
      );
    case 'another_account':
      return (
        <Screen title="This link is for another account">
          <Notice tone="error">
            This link adds the order to another account, not to the one you are signed in to (
            {customer.email}). To add it there, sign out, sign in to that account and open the link
            again.
          </Notice>
          {store.guestOrders.decline ? (
            <form action={declineGuestOrder} className="flex flex-col items-start gap-2">
              <p className="text-sm text-gray-700">
                Did you not ask for this? Decline the request and the order stays where it is.
              </p>
              <SubmitButton variant="secondary" pendingLabel="Declining…">
                Decline the request
              </SubmitButton>
            </form>
          ) : null}
          {backToOrders}
        </Screen>
      );
  }
}

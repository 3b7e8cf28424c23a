import type { Metadata } from 'next';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { Notice } from '@/components/ui/notice';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireCustomer } from '@/lib/auth';
import { CLAIM_LINK_PATH, GUEST_ORDER_PATH } from '@/lib/claim-link';
import { describeFailure, ERROR_COPY, errorKind } from '@/lib/error-messages';
import { translateMessage } from '@/lib/i18n/message';
import { GUEST_ORDER_COPY } from '@/lib/orders/guest-order';
import { readClaimLink } from '@/lib/session';
import type { GuestOrderLinkState } from '@/lib/store';

import { confirmGuestOrder, declineGuestOrder } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('guestOrderConfirmPage');
  return { title: t('title') };
}

const linkClass = 'text-sm text-indigo-700 underline';

function Screen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}

function BackToOrders() {
  const t = useTranslations('guestOrderConfirmPage');
  return (
    <Link href="/account/orders" className={linkClass}>
      {t('backToOrders')}
    </Link>
  );
}

/** A link that cannot be used (expired, used, incomplete), with the way to a new one. */
function Unusable() {
  const t = useTranslations('guestOrderConfirmPage');
  const messages = useTranslations();
  return (
    <Screen title={t('unusable.title')}>
      <Notice tone="error">{translateMessage(messages, GUEST_ORDER_COPY.linkUnusable)}</Notice>
      <Link href={GUEST_ORDER_PATH} className={linkClass}>
        {t('unusable.askForNewLink')}
      </Link>
      <BackToOrders />
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
  const [{ store, customer }, params, link, t, messages] = await Promise.all([
    requireCustomer(CLAIM_LINK_PATH),
    searchParams,
    readClaimLink(),
    getTranslations('guestOrderConfirmPage'),
    getTranslations(),
  ]);

  if (params.done === 'declined') {
    return (
      <Screen title={t('declined.title')}>
        <OutcomeNotice tone="success">{t('declined.notice')}</OutcomeNotice>
        <BackToOrders />
      </Screen>
    );
  }
  if (params.done === 'unusable' || !link) return <Unusable />;
  if (!store.guestOrders) {
    return (
      <Screen title={t('title')}>
        <Notice>{translateMessage(messages, GUEST_ORDER_COPY.notOffered)}</Notice>
        <BackToOrders />
      </Screen>
    );
  }

  let state: Exclude<GuestOrderLinkState, { status: 'added' }>;
  try {
    state = await store.guestOrders.inspect(link);
  } catch (error) {
    if (errorKind(error) === 'invalid_token') return <Unusable />;
    // A store that does not answer: the error page, as on every other account page.
    describeFailure('inspectGuestOrder', error);
    throw error;
  }

  switch (state.status) {
    case 'ready':
      return (
        <Screen title={t('ready.title')}>
          {params.done === 'failed' || params.done === 'unavailable' ? (
            <Notice tone="error">
              {translateMessage(
                messages,
                params.done === 'failed' ? GUEST_ORDER_COPY.refused : ERROR_COPY.unavailable,
              )}
            </Notice>
          ) : null}
          <p className="text-sm text-gray-700">
            {t.rich('ready.explanation', {
              orderId: state.orderId,
              email: customer.email,
              id: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </p>
          <form action={confirmGuestOrder} className="flex flex-wrap items-center gap-4">
            <SubmitButton pendingLabel={t('ready.adding')}>{t('ready.add')}</SubmitButton>
            <Link href="/account/orders" className={linkClass}>
              {t('ready.notNow')}
            </Link>
          </form>
        </Screen>
      );
    case 'already_yours':
      return (
        <Screen title={t('alreadyYours.title')}>
          <Notice tone="success">
            {translateMessage(messages, GUEST_ORDER_COPY.alreadyYours)}
          </Notice>
          <Link href={`/account/orders/${encodeURIComponent(state.orderId)}`} className={linkClass}>
            {t('alreadyYours.viewOrder')}
          </Link>
          <BackToOrders />
        </Screen>
      );
    case 'in_another_account':
      return (
        <Screen title={t('inAnotherAccount.title')}>
          <Notice tone="error">
            {translateMessage(messages, GUEST_ORDER_COPY.inAnotherAccount)}
          </Notice>
          <BackToOrders />
        </Screen>
      );
    case 'another_account':
      return (
        <Screen title={t('anotherAccount.title')}>
          <Notice tone="error">{t('anotherAccount.notice', { email: customer.email })}</Notice>
          {store.guestOrders.decline ? (
            <form action={declineGuestOrder} className="flex flex-col items-start gap-2">
              <p className="text-sm text-gray-700">{t('anotherAccount.declineQuestion')}</p>
              <SubmitButton variant="secondary" pendingLabel={t('anotherAccount.declining')}>
                {t('anotherAccount.decline')}
              </SubmitButton>
            </form>
          ) : null}
          <BackToOrders />
        </Screen>
      );
  }
}

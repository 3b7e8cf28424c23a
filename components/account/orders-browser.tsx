'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';

import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import type { OrderRow } from '@/lib/orders/order-row';
import { ordersPageUrl, ORDERS_PATH, parsePageParam } from '@/lib/pagination';
import { loginUrl } from '@/lib/return-to';
import type { Page } from '@/lib/store';

import { OrderTable } from './order-table';

/** The orders page's heading, which takes the focus after a page flip. */
export const ORDERS_HEADING_ID = 'orders-heading';

class SignedOutError extends Error {}

async function fetchOrderPage(page: number): Promise<Page<OrderRow>> {
  const response = await fetch(`/api/account/orders?page=${page}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (response.status === 401) throw new SignedOutError('signed out');
  if (!response.ok) throw new Error(`orders page ${page}: ${response.status}`);
  return (await response.json()) as Page<OrderRow>;
}

/**
 * The orders list. The server renders the requested page; with JavaScript, the previous and
 * next links flip pages from a client cache and the following page is fetched ahead. The
 * page number lives in the URL alone: a flip pushes it (Next's router follows the native
 * history API), and back and forward come back through the same search params. The rows are
 * data and catalogue keys (lib/orders/order-row.ts), translated as they render, but for the
 * products' titles, which the server puts in the shopper's language where the store translates
 * them: the cache keeps each page by language, so a page kept from before a change of language
 * is not shown in the new one.
 */
export function OrdersBrowser({ initial }: { initial: Page<OrderRow> }) {
  const t = useTranslations('ordersBrowser');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const router = useRouter();
  const page = parsePageParam(useSearchParams().get('page') ?? undefined);

  const { data, isError, error, isFetching } = useQuery({
    queryKey: ['orders', locale, page],
    queryFn: () => fetchOrderPage(page),
    initialData: page === initial.page ? initial : undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: (count, err) => !(err instanceof SignedOutError) && count < 1,
  });
  const current = data ?? initial;

  const prefetch = useCallback(
    (target: number) => {
      if (target < 1 || target > current.pageCount) return;
      void queryClient.prefetchQuery({
        queryKey: ['orders', locale, target],
        queryFn: () => fetchOrderPage(target),
        staleTime: 60_000,
      });
    },
    [queryClient, locale, current.pageCount],
  );

  useEffect(() => {
    prefetch(page + 1);
  }, [page, prefetch]);

  // A flip replaces the list without loading a page: put the focus where a new page would
  // start, on the heading, so that a keyboard or screen-reader user is not left on a link
  // that may be gone.
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    document.getElementById(ORDERS_HEADING_ID)?.focus();
  }, [page]);

  useEffect(() => {
    if (error instanceof SignedOutError) {
      router.replace(loginUrl(ordersPageUrl(page)));
    }
  }, [error, page, router]);

  const navigate = (target: number, event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.history.pushState(null, '', ordersPageUrl(target));
  };

  return (
    <div className="flex flex-col gap-4" aria-busy={isFetching || undefined}>
      <p className="text-sm text-gray-700">{t('total', { count: current.count })}</p>
      {isError && !(error instanceof SignedOutError) ? (
        <Notice tone="error">
          {t.rich('loadFailed', {
            link: (chunks) => (
              <a href={ordersPageUrl(page)} className="underline">
                {chunks}
              </a>
            ),
          })}
        </Notice>
      ) : null}
      <OrderTable orders={current.items} caption={t('caption')} />
      <Pagination
        page={current.page}
        pageCount={current.pageCount}
        basePath={ORDERS_PATH}
        onNavigate={navigate}
        onIntent={prefetch}
      />
    </div>
  );
}

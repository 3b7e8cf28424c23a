'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, type MouseEvent } from 'react';

import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import type { OrderSummary, Page } from '@/lib/medusa/types';

import { OrderTable } from './order-table';

const BASE_PATH = '/account/orders';

class SignedOutError extends Error {}

async function fetchOrderPage(page: number): Promise<Page<OrderSummary>> {
  const response = await fetch(`/api/account/orders?page=${page}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (response.status === 401) throw new SignedOutError('signed out');
  if (!response.ok) throw new Error(`orders page ${page}: ${response.status}`);
  return (await response.json()) as Page<OrderSummary>;
}

function pageFromLocation(): number {
  const value = Number(new URLSearchParams(window.location.search).get('page'));
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/**
 * The orders list. The server renders the requested page; with JavaScript, the previous and
 * next links flip pages from a client cache and the following page is fetched ahead.
 */
export function OrdersBrowser({ initial }: { initial: Page<OrderSummary> }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [page, setPage] = useState(initial.page);

  const { data, isError, error, isFetching } = useQuery({
    queryKey: ['orders', page],
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
        queryKey: ['orders', target],
        queryFn: () => fetchOrderPage(target),
        staleTime: 60_000,
      });
    },
    [queryClient, current.pageCount],
  );

  useEffect(() => {
    prefetch(page + 1);
  }, [page, prefetch]);

  useEffect(() => {
    const onPopState = () => setPage(pageFromLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    if (error instanceof SignedOutError) {
      router.replace(`/account/login?returnTo=${encodeURIComponent(`${BASE_PATH}?page=${page}`)}`);
    }
  }, [error, page, router]);

  const navigate = (target: number, event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.history.pushState(null, '', `${BASE_PATH}?page=${target}`);
    setPage(target);
  };

  return (
    <div className="flex flex-col gap-4" aria-busy={isFetching || undefined}>
      <p className="text-sm text-gray-700">
        {current.count} {current.count === 1 ? 'order' : 'orders'} in total
      </p>
      {isError && !(error instanceof SignedOutError) ? (
        <Notice tone="error">
          We could not load that page of orders.{' '}
          <a href={`${BASE_PATH}?page=${page}`} className="underline">
            Try again
          </a>
          .
        </Notice>
      ) : null}
      <OrderTable orders={current.items} caption="Your orders" />
      <Pagination
        page={current.page}
        pageCount={current.pageCount}
        basePath={BASE_PATH}
        onNavigate={navigate}
        onIntent={prefetch}
      />
    </div>
  );
}

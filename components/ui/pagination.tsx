'use client';

import type { MouseEvent } from 'react';

import { cn } from '@/lib/utils';

type Props = {
  page: number;
  pageCount: number;
  /** Path the `?page=N` links point at, so they work without JavaScript. */
  basePath: string;
  /** With JavaScript, lets a list flip pages without a full navigation. */
  onNavigate?: (page: number, event: MouseEvent<HTMLAnchorElement>) => void;
  onIntent?: (page: number) => void;
};

const LINK = 'rounded-md border border-gray-300 px-3 py-1.5 text-sm hover:bg-gray-50';

export function Pagination({ page, pageCount, basePath, onNavigate, onIntent }: Props) {
  const href = (target: number) => `${basePath}?page=${target}`;
  const link = (target: number, label: string, rel: 'prev' | 'next') => (
    <a
      href={href(target)}
      rel={rel}
      className={LINK}
      onClick={onNavigate ? (event) => onNavigate(target, event) : undefined}
      onMouseEnter={onIntent ? () => onIntent(target) : undefined}
      onFocus={onIntent ? () => onIntent(target) : undefined}
    >
      {label}
    </a>
  );

  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4">
      <div className="min-w-24">{page > 1 ? link(page - 1, 'Previous page', 'prev') : null}</div>
      <p className="text-sm text-gray-700" aria-current="page">
        Page {page} of {pageCount}
      </p>
      <div className={cn('min-w-24 text-right')}>
        {page < pageCount ? link(page + 1, 'Next page', 'next') : null}
      </div>
    </nav>
  );
}

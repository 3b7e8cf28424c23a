'use client';

import { useTranslations } from 'next-intl';
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

/** The two links: which way each goes, its `rel`, and its words (`pagination.<label>`). */
const STEPS = {
  previous: { by: -1, rel: 'prev', label: 'previous' },
  next: { by: 1, rel: 'next', label: 'next' },
} as const;

export function Pagination({ page, pageCount, basePath, onNavigate, onIntent }: Props) {
  const t = useTranslations('pagination');
  const href = (target: number) => `${basePath}?page=${target}`;
  const link = ({ by, rel, label }: (typeof STEPS)[keyof typeof STEPS]) => {
    const target = page + by;
    return (
      <a
        href={href(target)}
        rel={rel}
        className={LINK}
        onClick={onNavigate ? (event) => onNavigate(target, event) : undefined}
        onMouseEnter={onIntent ? () => onIntent(target) : undefined}
        onFocus={onIntent ? () => onIntent(target) : undefined}
      >
        {t(label)}
      </a>
    );
  };

  return (
    <nav aria-label={t('label')} className="flex items-center justify-between gap-4">
      <div className="min-w-24">{page > 1 ? link(STEPS.previous) : null}</div>
      <p className="text-sm text-gray-700" aria-current="page">
        {t('pageOf', { page, pageCount })}
      </p>
      <div className={cn('min-w-24 text-right')}>{page < pageCount ? link(STEPS.next) : null}</div>
    </nav>
  );
}

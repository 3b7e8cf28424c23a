import type { ButtonHTMLAttributes } from 'react';

import { cn } from '@/lib/utils';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-gray-900 text-white hover:bg-gray-700 focus-visible:outline-gray-900',
  secondary:
    'border border-gray-300 bg-white text-gray-900 hover:bg-gray-50 focus-visible:outline-gray-900',
  danger: 'bg-red-700 text-white hover:bg-red-600 focus-visible:outline-red-700',
  link: 'text-indigo-700 underline underline-offset-2 hover:text-indigo-900 px-0 py-0',
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  pending?: boolean;
  /** Shown instead of the children while `pending`, e.g. "Saving…". */
  pendingLabel?: string;
};

export function Button({
  variant = 'primary',
  pending = false,
  pendingLabel,
  className,
  children,
  disabled,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cn(
        'inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60',
        VARIANTS[variant],
        className,
      )}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

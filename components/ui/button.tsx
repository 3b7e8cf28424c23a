import type { ButtonHTMLAttributes, MouseEvent } from 'react';

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

const ignorePress = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();

/**
 * While `pending`, the button says it is working and ignores presses, but stays enabled in
 * the DOM (aria-disabled): a disabled button would drop the keyboard focus on the page.
 */
export function Button({
  variant = 'primary',
  pending = false,
  pendingLabel,
  className,
  children,
  disabled,
  type = 'button',
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      // Only a client component can be pending, so server components never pass a handler.
      onClick={pending ? ignorePress : onClick}
      className={cn(
        'inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-progress aria-disabled:opacity-75',
        VARIANTS[variant],
        className,
      )}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

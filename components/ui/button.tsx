import type { ButtonHTMLAttributes, MouseEvent } from 'react';

import { cn } from '@/lib/utils';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

// The padding belongs to the variant: a link-styled button has none, and `cn` does not
// resolve two padding classes against each other.
const VARIANTS: Record<Variant, string> = {
  primary: 'rounded-md bg-gray-900 text-white hover:bg-gray-700 focus-visible:outline-gray-900',
  secondary:
    'rounded-md border border-gray-300 bg-white text-gray-900 hover:bg-gray-50 focus-visible:outline-gray-900',
  danger: 'rounded-md bg-red-700 text-white hover:bg-red-600 focus-visible:outline-red-700',
  link: 'text-indigo-700 underline underline-offset-2 hover:text-indigo-900',
};
const SIZES = { default: 'px-4 py-2', compact: 'px-3 py-1' } as const;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /** Ignored by the link variant. */
  size?: keyof typeof SIZES;
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
  size = 'default',
  pending = false,
  pendingLabel,
  className,
  children,
  type = 'button',
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      // Only a client component can be pending, so server components never pass a handler.
      onClick={pending ? ignorePress : onClick}
      className={cn(
        'inline-flex items-center justify-center text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-progress aria-disabled:opacity-75',
        VARIANTS[variant],
        variant === 'link' ? null : SIZES[size],
        className,
      )}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

import Image from 'next/image';

import { cn } from '@/lib/utils';

/**
 * A product's picture, resized by Next's image optimizer from the store's own file storage
 * (the only origin it may fetch from). Without a picture, a neutral tile with the product's
 * initial keeps the rows aligned. Decorative: the product's name is always next to it.
 */
export function ProductThumbnail({
  src,
  title,
  size = 48,
  className,
}: {
  src: string | null;
  title: string;
  size?: 40 | 48 | 64;
  className?: string;
}) {
  const box = cn('shrink-0 rounded-md border border-gray-200 bg-gray-50', className);
  if (!src) {
    return (
      <span
        aria-hidden="true"
        className={cn(
          box,
          'inline-flex items-center justify-center text-sm font-semibold text-gray-700',
        )}
        style={{ width: size, height: size }}
      >
        {title.trim().charAt(0).toUpperCase() || '?'}
      </span>
    );
  }
  return (
    <Image
      src={src}
      alt=""
      width={size}
      height={size}
      sizes={`${size}px`}
      className={cn(box, 'object-cover')}
    />
  );
}

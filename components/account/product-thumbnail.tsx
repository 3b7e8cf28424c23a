import { cn } from '@/lib/utils';

import type { StoreImage } from '@/lib/store-image';

const SIZES = { 40: 'size-10', 48: 'size-12', 64: 'size-16' } as const;

/**
 * A product's picture, resized by Next's image optimizer from the store's own file storage
 * (the only origin it may fetch from). Without a picture, a neutral tile with the product's
 * initial keeps the rows aligned. Decorative: the product's name is always next to it.
 *
 * `image` comes from `productImage(src, size)` on the server, so that the orders list, which
 * renders rows in the browser too, does not load next/image's code to work out the sources.
 */
export function ProductThumbnail({
  image,
  title,
  size = 48,
  className,
}: {
  image: StoreImage | null;
  title: string;
  size?: keyof typeof SIZES;
  className?: string;
}) {
  const box = cn('shrink-0 rounded-md border border-gray-200 bg-gray-50', SIZES[size], className);
  if (!image) {
    return (
      <span
        aria-hidden="true"
        className={cn(
          box,
          'inline-flex items-center justify-center text-sm font-semibold text-gray-700',
        )}
      >
        {title.trim().charAt(0).toUpperCase() || '?'}
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- these are next/image's own props
    <img {...image} alt="" className={cn(box, 'object-cover')} />
  );
}

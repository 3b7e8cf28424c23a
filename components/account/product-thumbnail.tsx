import { cn } from '@/lib/utils';

import { storeImageProps } from './store-image';

const SIZES = { 40: 'size-10', 48: 'size-12', 64: 'size-16' } as const;

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
  size?: keyof typeof SIZES;
  className?: string;
}) {
  const box = cn('shrink-0 rounded-md border border-gray-200 bg-gray-50', SIZES[size], className);
  if (!src) {
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
    <img {...storeImageProps({ src, alt: '', size })} alt="" className={cn(box, 'object-cover')} />
  );
}

import { cn } from '@/lib/utils';

import { storeImageProps } from '@/lib/store-image';

const SIZES = { 32: 'size-8 text-xs', 64: 'size-16 text-lg', 96: 'size-24 text-2xl' } as const;

/**
 * The customer's photo, resized by Next's image optimizer from the store's file storage, or
 * their initials in its place. `label` names it for screen readers; leave it out where the
 * customer's name is written next to it.
 */
export function ProfileAvatar({
  photoUrl,
  initials,
  size,
  label,
  className,
}: {
  photoUrl: string | null;
  initials: string;
  size: keyof typeof SIZES;
  label?: string;
  className?: string;
}) {
  const box = cn('shrink-0 rounded-full border border-gray-200', SIZES[size], className);
  if (!photoUrl) {
    // Named as an image where there is a label, hidden from screen readers where there is none.
    const naming = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true };
    return (
      <span
        {...naming}
        data-avatar="initials"
        className={cn(
          box,
          'inline-flex items-center justify-center bg-gray-100 font-semibold text-gray-800',
        )}
      >
        {initials}
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- these are next/image's own props
    <img
      {...storeImageProps({ src: photoUrl, alt: label ?? '', size })}
      alt={label ?? ''}
      data-avatar="photo"
      className={cn(box, 'object-cover')}
    />
  );
}

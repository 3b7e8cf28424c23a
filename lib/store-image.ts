import { getImageProps } from 'next/image';

/**
 * An `<img>`'s props for a file from the store's storage, resized by Next's image optimizer
 * (which fetches from that origin alone). next/image's own element carries a style
 * attribute, which the Content-Security-Policy (no inline styles) refuses: these are the
 * same optimized sources without it.
 */
export function storeImageProps({ src, alt, size }: { src: string; alt: string; size: number }) {
  const {
    props: { style: _style, ...image },
  } = getImageProps({ src, alt, width: size, height: size, sizes: `${size}px` });
  return image;
}

/** What `storeImageProps` gives: the attributes of an optimized `<img>`, computed once. */
export type StoreImage = ReturnType<typeof storeImageProps>;

/** A product's picture at `size` pixels, or null without one; decorative (its title is beside it). */
export const productImage = (src: string | null, size: number): StoreImage | null =>
  src ? storeImageProps({ src, alt: '', size }) : null;

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

import 'server-only';

import sharp from 'sharp';

import type { PhotoFile } from './store';
import { PHOTO_MAX_BYTES, type PhotoOutcome } from './profile-photo-rules';

/** Side of the square photo the storefront stores, in pixels. */
export const PHOTO_SIZE = 512;

/**
 * The most pixels an image may decode to (40 megapixels, more than any phone's default
 * photo). A few kilobytes of PNG can claim 100,000 × 100,000 pixels: such a file is refused
 * before it is decoded.
 */
export const PHOTO_MAX_PIXELS = 40_000_000;

type Format = 'jpeg' | 'png' | 'gif';

/** What the first bytes say the file is; null for anything but JPEG, PNG and GIF. */
export function sniffImageType(bytes: Uint8Array): Format | null {
  const starts = (...signature: number[]) =>
    bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  // "GIF87a" or "GIF89a"
  if (
    starts(0x47, 0x49, 0x46, 0x38) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  )
    return 'gif';
  return null;
}

export type PhotoPreparation =
  | { ok: true; photo: PhotoFile }
  | {
      ok: false;
      outcome: Extract<
        PhotoOutcome,
        'missing' | 'too_large' | 'wrong_type' | 'too_many_pixels' | 'unreadable'
      >;
    };

/**
 * A file as the shopper sent it, made into the photo the store keeps: checked by its bytes
 * (JPEG, PNG or GIF, 5 MB at most, 40 megapixels at most), then re-encoded to one square
 * WebP of 512 px. Only the pixels survive: no EXIF (so no location), no ICC profile, no
 * comments, no further GIF frames. The camera's orientation is applied before it is dropped.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<PhotoPreparation> {
  if (bytes.length === 0) return { ok: false, outcome: 'missing' };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, outcome: 'too_large' };
  const format = sniffImageType(bytes);
  if (!format) return { ok: false, outcome: 'wrong_type' };

  const open = () =>
    // One page: an animated GIF gives its first frame. `failOn: 'error'` refuses a damaged
    // file instead of guessing at the missing part.
    sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, pages: 1, failOn: 'error' });
  try {
    const { format: read, width, height } = await open().metadata();
    if (read !== format || !width || !height) return { ok: false, outcome: 'unreadable' };
    if (width * height > PHOTO_MAX_PIXELS) return { ok: false, outcome: 'too_many_pixels' };
    const webp = await open()
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'cover', position: 'centre' })
      .webp({ quality: 82 })
      .toBuffer();
    return { ok: true, photo: { bytes: new Uint8Array(webp), contentType: 'image/webp' } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The pixel limit is also enforced while decoding, in case a header understated the size.
    if (/pixel limit/i.test(message)) return { ok: false, outcome: 'too_many_pixels' };
    return { ok: false, outcome: 'unreadable' };
  }
}

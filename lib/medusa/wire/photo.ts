import type { Photo } from '../../store/types';
import { METADATA_MAX_LENGTH, metadataText, type Metadata, type MetadataKey } from './metadata';

/** Customer metadata keys naming the profile photo: its URL and its file in the store's storage. */
export const PHOTO_URL_KEY = 'profile_photo_url' satisfies MetadataKey;
export const PHOTO_FILE_KEY = 'profile_photo_file' satisfies MetadataKey;

/** The start of every photo file's name; the customer's id follows, so a file says whose it is. */
export const PHOTO_FILE_PREFIX = 'profile-photo-';
const PHOTO_FILE_SUFFIX = '.webp';

/**
 * Is `fileId` a photo file the storefront made for this customer? Metadata is writable by the
 * customer through the store API, so a file named there is deleted (with the server's admin
 * credentials) only when its name is one of this customer's photos: no other file, no path.
 */
export function isOwnPhotoFile(fileId: string, customerId: string): boolean {
  // Bounded first, and then only patterns that cannot backtrack: the name is the customer's
  // to write, and it is checked on every read of the customer.
  if (fileId.length > METADATA_MAX_LENGTH[PHOTO_FILE_KEY]) return false;
  if (!/^[A-Za-z0-9_]{1,64}$/.test(customerId)) return false;
  // A storage may put the file in folders, and a time before the name; no empty or parent
  // folder, no absolute path.
  const parts = fileId.split('/');
  const name = parts.pop()!;
  if (
    !parts.every((folder) => /^[A-Za-z0-9_.-]+$/.test(folder) && folder !== '..' && folder !== '.')
  )
    return false;
  if (!name.endsWith(PHOTO_FILE_SUFFIX)) return false;
  const stem = name.slice(0, -PHOTO_FILE_SUFFIX.length);
  const marker = `${PHOTO_FILE_PREFIX}${customerId}-`;
  const at = stem.lastIndexOf(marker);
  if (at < 0) return false;
  // Before the name, the storage's time; after it, our 16 hex digits and the storage's own
  // unique part.
  return (
    /^[A-Za-z0-9_.-]*$/.test(stem.slice(0, at)) &&
    /^[a-f0-9]{16}[A-Za-z0-9_-]*$/.test(stem.slice(at + marker.length))
  );
}

/** Tells the store's own files from any other URL (call.ts `storeFileCheck`). */
export type StoreFileCheck = (url: unknown) => url is string;

/**
 * The photo named in the customer's metadata: shown only when its URL is one of the store's
 * files; its file id kept only when it is this customer's own (`isOwnPhotoFile`).
 */
export function photoOf(
  metadata: Metadata,
  customerId: string,
  isStoreFile: StoreFileCheck,
): Photo | null {
  const url = metadataText(metadata, PHOTO_URL_KEY);
  if (!isStoreFile(url)) return null;
  const file = metadataText(metadata, PHOTO_FILE_KEY);
  return { url, fileId: file !== null && isOwnPhotoFile(file, customerId) ? file : null };
}

export function photoMetadata(photo: { url: string; fileId: string } | null) {
  return { [PHOTO_URL_KEY]: photo?.url ?? null, [PHOTO_FILE_KEY]: photo?.fileId ?? null };
}

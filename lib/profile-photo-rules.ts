// What a profile photo may be, and what the shopper is told about one: shared by the server,
// which decides, and the browser, which checks a chosen file early as a convenience. Free of
// server-only imports for that reason.

import type { MessageRef } from './i18n/message';

/** The largest file the storefront accepts, in bytes (5 MB). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** What a shopper may choose; the server tells them apart by their bytes, never by a name. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/gif'] as const;

/** Where the profile page's photo form posts, with or without JavaScript. */
export const PHOTO_PATH = '/account/profile/photo';

/** The form field holding the file. */
export const PHOTO_FIELD = 'photo';

/** What became of a photo the shopper sent or removed; each has fixed copy. */
export type PhotoOutcome =
  | 'saved'
  | 'removed'
  | 'missing'
  | 'too_large'
  | 'wrong_type'
  | 'too_many_pixels'
  | 'unreadable'
  | 'unsupported'
  | 'too_many'
  | 'unavailable';

/**
 * Each outcome's fixed copy, as a catalogue key (messages/*.json, `profilePhoto`): the photo
 * form and the route translate it in the shopper's language.
 */
export const PHOTO_COPY: Record<PhotoOutcome, MessageRef> = {
  saved: 'profilePhoto.saved',
  removed: 'profilePhoto.removed',
  missing: 'profilePhoto.missing',
  too_large: 'profilePhoto.too_large',
  wrong_type: 'profilePhoto.wrong_type',
  too_many_pixels: 'profilePhoto.too_many_pixels',
  unreadable: 'profilePhoto.unreadable',
  unsupported: 'profilePhoto.unsupported',
  too_many: 'profilePhoto.too_many',
  unavailable: 'profilePhoto.unavailable',
};

export const isPhotoOutcome = (value: unknown): value is PhotoOutcome =>
  typeof value === 'string' && Object.hasOwn(PHOTO_COPY, value);

export const isSuccess = (outcome: PhotoOutcome) => outcome === 'saved' || outcome === 'removed';

/**
 * The browser's early check of a chosen file, by its declared type and size (the server
 * checks the bytes). Null when it may be sent.
 */
export function checkChosenFile(file: { size: number; type: string }): PhotoOutcome | null {
  if (file.size === 0) return 'missing';
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'wrong_type';
  if (file.size > PHOTO_MAX_BYTES) return 'too_large';
  return null;
}

/** What stands in for a missing photo: the first letters of the name, else of the email. */
export function initialsOf(person: { firstName: string; lastName: string; email: string }) {
  const letters = [person.firstName, person.lastName]
    .map((part) => Array.from(part.trim())[0] ?? '')
    .join('');
  return (letters || Array.from(person.email.trim())[0] || '?').toUpperCase();
}

// The storefront's own keys in a customer's metadata, which both versions keep alike.

export type Metadata = Record<string, unknown> | null | undefined;

/**
 * The storefront's keys in a customer's metadata, and the longest value each may hold. A
 * customer can write any value there straight through Medusa's store API, so a value is read
 * only when it is a string within its bound, before anything parses or matches it: no stored
 * value can make a page view of that shopper expensive.
 */
export const METADATA_MAX_LENGTH = {
  default_shipping_address_id: 64,
  sessions_valid_after: 40,
  profile_photo_url: 2048,
  profile_photo_file: 512,
  preferred_locale: 16,
} as const;

export type MetadataKey = keyof typeof METADATA_MAX_LENGTH;

/** The value stored under one of the storefront's keys, or null when it is no bounded string. */
export function metadataText(metadata: Metadata, key: MetadataKey): string | null {
  const value = metadata?.[key];
  return typeof value === 'string' && value.length <= METADATA_MAX_LENGTH[key] ? value : null;
}

/** v1 has no default-address flag; the storefront keeps the choice in customer metadata. */
export const V1_DEFAULT_SHIPPING_KEY = 'default_shipping_address_id' satisfies MetadataKey;

/** Customer metadata key holding the "sessions valid after" instant (ISO 8601). */
export const SESSIONS_VALID_AFTER_KEY = 'sessions_valid_after' satisfies MetadataKey;

export function sessionsValidAfter(metadata: Metadata) {
  const stored = metadataText(metadata, SESSIONS_VALID_AFTER_KEY);
  const instant = stored === null ? NaN : Date.parse(stored);
  return Number.isFinite(instant) ? instant : null;
}

export function sessionsValidAfterMetadata(instant: number) {
  return { [SESSIONS_VALID_AFTER_KEY]: new Date(instant).toISOString() };
}

/**
 * The language the customer last chose with the storefront's switcher, so that it follows them
 * to another browser; read as a short string only (the storefront checks it against the
 * languages it offers before using it).
 */
export const PREFERRED_LOCALE_KEY = 'preferred_locale' satisfies MetadataKey;

export function preferredLocale(metadata: Metadata): string | null {
  return metadataText(metadata, PREFERRED_LOCALE_KEY);
}

export function preferredLocaleMetadata(locale: string) {
  return { [PREFERRED_LOCALE_KEY]: locale };
}

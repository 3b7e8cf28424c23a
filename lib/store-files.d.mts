// Types of store-files.mjs (plain JavaScript, so that server.mjs and next.config.mjs can load it).

export type StoreFileLocation = {
  protocol: 'http:' | 'https:';
  hostname: string;
  /** null: any port. */
  port: string | null;
  pathPrefix: string;
};

export function storeFileLocation(env?: Record<string, string | undefined>): StoreFileLocation;

export function isStoreFileUrl(
  candidate: unknown,
  location: StoreFileLocation,
): candidate is string;

export function nextImagesConfig(env?: Record<string, string | undefined>): {
  remotePatterns: { protocol: string; hostname: string; port?: string; pathname: string }[];
  dangerouslyAllowLocalIP: boolean;
};

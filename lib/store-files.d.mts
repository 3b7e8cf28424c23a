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
  remotePatterns: {
    protocol: 'http' | 'https';
    hostname: string;
    port?: string;
    pathname: string;
    search: string;
  }[];
  dangerouslyAllowLocalIP: boolean;
  imageSizes: number[];
  deviceSizes: number[];
  qualities: number[];
  /** Bytes of optimized images kept on disk. */
  maximumDiskCacheSize: number;
  maximumRedirects: number;
};

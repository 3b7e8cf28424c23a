// Where the store's files (product pictures) are served, and the image settings that follow
// from it. Plain JavaScript, because three places that cannot share TypeScript read it: the
// storefront (only pictures from there are shown), next.config.mjs (`next dev`), and
// server.mjs, which applies it to the build's recorded configuration when the server starts,
// so one build serves any store.
//
//   MEDUSA_FILE_URL      the files' URL prefix, e.g. https://bucket.s3.eu-west-1.amazonaws.com/
//   MEDUSA_BACKEND_URL   otherwise: the path where Medusa's local file storage serves files on
//                        the backend's origin, by MEDUSA_VERSION (LOCAL_FILE_PATHS)
//   neither              that path on http://localhost, any port: the dev backends' addresses
//
// A file URL is a path and nothing else: no query string (and none in the optimizer's
// patterns), since a query makes another cache entry of the same file, or another resource.

/**
 * Where Medusa's local file storage serves uploads: v1's `@medusajs/file-local` plugin at its
 * `upload_dir` (uploads/images, the plugin's default for serving and the dev backend's
 * setting), v2's local file provider at its `backend_url`, /static by default. The rest of the
 * backend's origin is its API and admin, which the optimizer has no reason to fetch.
 */
const LOCAL_FILE_PATHS = { v1: '/uploads/images/', v2: '/static/' };

/**
 * What the image optimizer may keep on disk, in bytes of optimized images (Next counts the
 * files' contents, not the blocks and directories they take, about 8 KiB an entry on ext4).
 * Without it Next allows half of the free disk. The pages show small pictures (a few hundred
 * bytes to a few kilobytes each), so this holds thousands; an entry evicted is made again.
 */
const IMAGE_CACHE_BYTES = 16 * 1024 * 1024;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const PRIVATE_V4 =
  /^(10(\.\d{1,3}){3}|192\.168(\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(\.\d{1,3}){2})$/;

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ protocol: 'http:' | 'https:', hostname: string, port: string | null, pathPrefix: string }}
 *   `port` null: any port.
 */
export function storeFileLocation(env = process.env) {
  const fileUrl = env.MEDUSA_FILE_URL;
  const backendUrl = env.MEDUSA_BACKEND_URL;
  const localFiles = LOCAL_FILE_PATHS[(env.MEDUSA_VERSION ?? 'v2').trim().toLowerCase()];
  if (!fileUrl && !localFiles) {
    throw new Error(`MEDUSA_VERSION must be "v1" or "v2", got "${env.MEDUSA_VERSION}"`);
  }
  if (!fileUrl && !backendUrl) {
    return { protocol: 'http:', hostname: 'localhost', port: null, pathPrefix: localFiles };
  }
  const raw = fileUrl || backendUrl;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${fileUrl ? 'MEDUSA_FILE_URL' : 'MEDUSA_BACKEND_URL'} is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`MEDUSA_FILE_URL must be an http or https URL, got "${raw}"`);
  }
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port,
    pathPrefix: fileUrl ? url.pathname.replace(/\/*$/, '/') : localFiles,
  };
}

/**
 * Is `candidate` a file of the store's, by that location? Anything else is never shown: a
 * picture URL from the backend could be anything someone stored.
 *
 * @param {unknown} candidate
 * @param {ReturnType<typeof storeFileLocation>} location
 */
export function isStoreFileUrl(candidate, location) {
  // Even an empty query or a fragment makes another optimizer cache entry of the same file.
  if (typeof candidate !== 'string' || candidate === '' || /[?#]/.test(candidate)) return false;
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === location.protocol &&
    url.hostname === location.hostname &&
    (location.port === null || url.port === location.port) &&
    url.pathname.startsWith(location.pathPrefix) &&
    !url.username &&
    !url.password
  );
}

/**
 * Next's image settings for that location: the optimizer fetches only from there. A store
 * whose files live on a loopback or private address (the dev backends, a container beside
 * this one) must let the optimizer reach such addresses; with the one pattern below, nothing
 * else can be fetched, so that does not widen what a visitor can make the server fetch.
 *
 * Anyone can ask the optimizer for any width, quality and spelling of a file's URL, and each
 * is another entry in its disk cache (a fragment or a percent-encoded letter passes the
 * pattern), so the sizes are the few the pages use and the cache has a ceiling.
 *
 * @param {Record<string, string | undefined>} env
 */
export function nextImagesConfig(env = process.env) {
  const location = storeFileLocation(env);
  return {
    remotePatterns: [
      {
        protocol: location.protocol.replace(':', ''),
        hostname: location.hostname,
        ...(location.port === null ? {} : { port: location.port }),
        pathname: `${location.pathPrefix}**`,
        search: '',
      },
    ],
    dangerouslyAllowLocalIP: isInternalHost(location.hostname),
    // The pictures are 32 to 96 CSS pixels wide: these widths cover them on screens up to 3x.
    // The image's `sizes` makes every width a candidate in its srcset.
    imageSizes: [32, 48, 64, 96, 128, 192, 256],
    deviceSizes: [384],
    qualities: [75],
    maximumDiskCacheSize: IMAGE_CACHE_BYTES,
    // Next follows a redirect without checking the patterns again; the store serves its files
    // where their URLs say.
    maximumRedirects: 0,
  };
}

/** A loopback or private address, or a single-label name (a service on a container network). */
function isInternalHost(hostname) {
  return LOOPBACK.test(hostname) || PRIVATE_V4.test(hostname) || !hostname.includes('.');
}

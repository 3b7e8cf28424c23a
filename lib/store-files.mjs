// Where the store's files (product pictures) are served, and the image settings that follow
// from it. Plain JavaScript, because three places that cannot share TypeScript read it: the
// storefront (only pictures from there are shown), next.config.mjs (`next dev`), and
// server.mjs, which applies it to the build's recorded configuration when the server starts,
// so one build serves any store.
//
//   MEDUSA_FILE_URL      the files' URL prefix, e.g. https://bucket.s3.eu-west-1.amazonaws.com/
//   MEDUSA_BACKEND_URL   otherwise: any path on the backend's origin (the dev backends serve
//                        their files themselves, v1 under /uploads/images, v2 under /static)
//   neither              http://localhost on any port: the dev backends' default addresses

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
  if (!fileUrl && !backendUrl) {
    return { protocol: 'http:', hostname: 'localhost', port: null, pathPrefix: '/' };
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
    pathPrefix: fileUrl ? url.pathname.replace(/\/*$/, '/') : '/',
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
  if (typeof candidate !== 'string' || candidate === '') return false;
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
 * this one) must let the optimizer reach such addresses; with the one pattern above, nothing
 * else can be fetched, so that does not widen what a visitor can make the server fetch.
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
      },
    ],
    dangerouslyAllowLocalIP: isInternalHost(location.hostname),
  };
}

/** A loopback or private address, or a single-label name (a service on a container network). */
function isInternalHost(hostname) {
  return LOOPBACK.test(hostname) || PRIVATE_V4.test(hostname) || !hostname.includes('.');
}

import 'server-only';

import { isIP } from 'node:net';

import { RateLimitConfigError } from './config';
import { UNKNOWN_IP } from './keys';

/**
 * Set by server.mjs from the TCP peer address, overwriting whatever a client sent. Next's own
 * server does not expose the socket to server actions, hence the header. Keep in step with
 * PEER_HEADER in server.mjs.
 */
export const PEER_HEADER = 'x-storefront-peer';

/**
 * How many reverse proxies we run in front of the storefront (each appends the address it
 * received the request from to X-Forwarded-For). 0 or unset: none, trust only the peer header.
 */
export function readTrustedProxyHops(env: Record<string, string | undefined>): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  if (!/^\d{1,2}$/.test(raw)) {
    throw new RateLimitConfigError(
      `TRUSTED_PROXY_HOPS=${JSON.stringify(env.TRUSTED_PROXY_HOPS)} is not valid: write the ` +
        'number of reverse proxies in front of the storefront (0 when it faces clients directly).',
    );
  }
  return Number(raw);
}

/**
 * One spelling per address, so one count: `::ffff:203.0.113.7` (an IPv4 client on a
 * dual-stack socket) is `203.0.113.7`, and the port some proxies append is dropped.
 */
function normalizeIp(value: string | undefined): string {
  let address = value?.trim() ?? '';
  address = /^\[(.+)\](?::\d+)?$/.exec(address)?.[1] ?? address;
  address = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(address)?.[1] ?? address;
  if (/^::ffff:/i.test(address) && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : UNKNOWN_IP;
}

/**
 * The client's address, for counting attempts per address.
 *
 * With N trusted proxies, the N-th X-Forwarded-For entry from the right is the one our
 * outermost proxy appended: whatever stands left of it was written by the client and can be
 * anything. With no proxies, the header is not ours at all and only the peer address counts.
 * Anything that is not an IP address gives 'unknown', which turns the per-address limits off
 * (see keys.ts) rather than lumping every such request together.
 */
export function clientIp(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): string {
  const hops = readTrustedProxyHops(env);
  if (hops === 0) return normalizeIp(headers.get(PEER_HEADER) ?? undefined);

  // Headers.get joins repeated X-Forwarded-For headers with ", ", in arrival order.
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // A shorter list than we have proxies means one of them did not append: its leftmost entry
  // is the closest we have to the client.
  return normalizeIp(entries[Math.max(entries.length - hops, 0)]);
}

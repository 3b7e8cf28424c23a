// Redis for the dev backends, when Medusa is given one (REDIS_URL).
import { Redis } from 'ioredis';

/**
 * Empties the one Redis database `url` names (its `/n`, 0 by default) and nothing else, so
 * whatever else shares the server (the storefront's database) keeps its data.
 */
export async function flushRedisDatabase(url: string) {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}

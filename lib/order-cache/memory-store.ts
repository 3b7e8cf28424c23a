import 'server-only';

import type { OrderCacheStore } from './policy';

/**
 * Entries kept in memory at most, over all customers: the least recently read customers go
 * first. An entry is a page of orders or one order, a few kilobytes, so this bounds the cache
 * to some tens of megabytes.
 */
const MAX_ENTRIES_IN_MEMORY = 5_000;
/** Entries per customer at most (list pages and orders); the oldest go first. */
const MAX_ENTRIES_PER_CUSTOMER = 50;
/** Customers remembered at most (with or without entries: a dropped one keeps its generation). */
const MAX_CUSTOMERS_IN_MEMORY = 20_000;

type MemoryCustomer = {
  generation: number;
  entries: Map<string, { value: unknown; expiresAt: number }>;
};

/** In this process's memory, bounded in entries and customers. */
export function memoryOrderCacheStore(
  ttlSeconds: number,
  now: () => number = Date.now,
  limits: { entries: number; customers: number } = {
    entries: MAX_ENTRIES_IN_MEMORY,
    customers: MAX_CUSTOMERS_IN_MEMORY,
  },
): OrderCacheStore {
  const customers = new Map<string, MemoryCustomer>();
  let entryCount = 0;
  // Generations come from one counter. A customer the store does not hold (never seen, or
  // forgotten for room) is at `unknown`, which moves on whenever one is forgotten: a read that
  // began before its customer was forgotten cannot store its result afterwards.
  let counter = 0;
  let unknown = 0;
  const forgetLeastRecent = () => {
    const [id, oldest] = customers.entries().next().value!;
    entryCount -= oldest.entries.size;
    customers.delete(id);
    unknown = ++counter;
  };
  const customer = (id: string): MemoryCustomer => {
    let found = customers.get(id);
    if (found) {
      // Map order is the recency order: the least recently read customer is the first key.
      customers.delete(id);
    } else {
      found = { generation: unknown, entries: new Map() };
      if (customers.size >= limits.customers) forgetLeastRecent();
    }
    customers.set(id, found);
    return found;
  };
  return {
    async generation(id) {
      return customers.get(id)?.generation ?? unknown;
    },
    async get(id, generation, key) {
      const found = customers.get(id);
      const entry = found?.generation === generation ? found.entries.get(key) : undefined;
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        found!.entries.delete(key);
        entryCount -= 1;
        return undefined;
      }
      customer(id);
      return entry.value;
    },
    async set(id, generation, key, value) {
      const found = customer(id);
      if (found.generation !== generation) return;
      if (found.entries.delete(key)) entryCount -= 1;
      if (found.entries.size >= MAX_ENTRIES_PER_CUSTOMER) {
        found.entries.delete(found.entries.keys().next().value!);
        entryCount -= 1;
      }
      found.entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      entryCount += 1;
      // This customer is the most recent, so the others go first.
      while (entryCount > limits.entries && customers.size > 1) forgetLeastRecent();
    },
    async drop(id) {
      const found = customer(id);
      entryCount -= found.entries.size;
      // Kept, with its generation moved on, so that a read in flight cannot store its result.
      found.generation = ++counter;
      found.entries = new Map();
    },
  };
}

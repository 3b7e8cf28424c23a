import type { MedusaVersion } from '../../../tests/support/backends';

// Where the fault suite's storefronts listen, and the proxies they reach Medusa through.
export const FAULT_STOREFRONT_PORTS: Record<MedusaVersion, number> = { v1: 3201, v2: 3202 };
/** A second storefront per version, sharing the first one's backend and Redis. */
export const FAULT_TWIN_PORTS: Record<MedusaVersion, number> = { v1: 3203, v2: 3204 };
export const FAULT_PROXY_PORTS: Record<MedusaVersion, number> = { v1: 9201, v2: 9202 };
/** A Redis of the suite's own for the abuse limits, started and stopped by the tests. */
export const FAULT_REDIS_PORT = Number(process.env.FAULTS_REDIS_PORT ?? 6395);
/** Short, so "slowed past the timeout" is quick to show. */
export const FAULT_TIMEOUT_MS = 1_500;

// The order cache's events in development (lib/order-cache/): the secret the dev backends sign
// them with and the storefronts the dev tools and the browser suites start are given, and where
// the backends send them (the demo, the browser suites' storefronts, the benchmark's). The
// Playwright configuration, which loads as CommonJS, imports it too: it must stay free of
// ES-module-only syntax (import.meta). Development only; ORDER_EVENTS_SECRET and
// STOREFRONT_ORDER_EVENTS_URLS override it.
import { DEV_ORDER_EVENTS_SECRET } from '../../lib/dev-secrets';

export const DEV_ORDER_EVENTS = {
  secret: process.env.ORDER_EVENTS_SECRET ?? DEV_ORDER_EVENTS_SECRET,
  storefronts:
    process.env.STOREFRONT_ORDER_EVENTS_URLS ??
    [3000, 3101, 3102, 3230].map((port) => `http://127.0.0.1:${port}`).join(','),
};

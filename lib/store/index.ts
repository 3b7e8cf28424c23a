// The storefront's own view of a store: the shapes pages and components show, and the
// interface every backend adapter implements. Nothing here knows Medusa; lib/medusa maps each
// Medusa generation onto it. Free of server-only code, so client components import it too.
export type * from './types';
export * from './backend';
export * from './customer-store';

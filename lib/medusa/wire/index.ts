// Medusa's shapes and the mappers the two adapters share, one module a concern; what differs
// between versions stays in each adapter. Free of server-only imports: the dev tools and the
// browser suites read its constants too.

export * from './address';
export * from './customer';
export * from './guest-order';
export * from './metadata';
export * from './order';
export * from './order-status';
export * from './photo';
export * from './responses';
export * from './shipments';

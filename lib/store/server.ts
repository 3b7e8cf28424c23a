import 'server-only';

// The store as the server's pages, actions and route handlers reach it: the boundary's types,
// and the one backend this server talks to (chosen from the environment by lib/medusa).
export * from './index';
export { getBackend } from '../medusa';

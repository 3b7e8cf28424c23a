// Shared by proxy.ts (which only checks presence) and lib/session.ts.
export const SESSION_COOKIE = 'account_session';

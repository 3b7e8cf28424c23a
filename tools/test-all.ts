// Everything CI checks, in one command: lint, typecheck, unit tests, the Redis suite, build,
// the seeded Medusa backend(s), the contract suite, the browser suite and the fault suite. Ends with one line,
// "N passed, N failed, N skipped", summing every suite, and exits non-zero on any failure.
//
//   npm run test:all                    # both Medusa generations (TEST_MEDUSA_VERSIONS=v1,v2)
//   TEST_MEDUSA_VERSIONS=v1 npm run test:all
import fs from 'node:fs';
import path from 'node:path';

import * as backends from './lib/backends';
import { banner, ROOT, run } from './lib/run';
import * as report from './lib/test-report';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const versions = (process.env.TEST_MEDUSA_VERSIONS ?? 'v1,v2')
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean);
const results = path.join(ROOT, 'test-results');
const totals = report.emptyTotals();
const problems: string[] = [];

/** A report the suite's own reporter wrote; null when it wrote none or it is unreadable. */
function readReport<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function step(name: string, command: string, args: string[], env?: Record<string, string>) {
  banner(name);
  const code = await run(command, args, { env });
  if (code !== 0) problems.push(`${name} exited with ${code}`);
  return code === 0;
}

/** A check that is not a test suite (lint, build…) counts as one failure when it fails. */
async function check(name: string, command: string, args: string[]) {
  const ok = await step(name, command, args);
  if (!ok) totals.failed += 1;
  return ok;
}

async function vitestSuite(name: string, project: string) {
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
  report.addOutcome(
    totals,
    problems,
    report.vitestOutcome(name, ok, readReport<report.VitestReport>(output)),
  );
}

async function playwrightSuite(name: string, config: string, outputName: string) {
  const output = path.join(results, outputName);
  fs.rmSync(output, { force: true });
  const ok = await step(name, 'npx', ['playwright', 'test', '-c', config], {
    E2E_VERSIONS: versions.join(','),
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  report.addOutcome(
    totals,
    problems,
    report.playwrightOutcome(name, ok, readReport<report.PlaywrightReport>(output)),
  );
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
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

  const started: backends.MedusaVersion[] = [];
  try {
    for (const version of versions) {
      banner(`Medusa ${version}: up and reset to the seeded state`);
      const checked = backends.checkVersion(version);
      await backends.up(checked);
      started.push(checked);
      await backends.reset(checked);
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
  console.log(report.closingLine(totals));
  process.exit(report.exitCode(totals, problems));
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(report.closingLine({ ...totals, failed: Math.max(1, totals.failed) }));
  process.exit(1);
});

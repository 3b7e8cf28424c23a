// `npm run test:docker`: the Docker way of running the store, tested end to end.
//
//   1. builds every image of compose.yaml and brings the Medusa v2 stack up (timed, cold);
//   2. runs the whole Playwright e2e suite inside the runner container against the storefront
//      service (the same suite as on the host, pointed at it by URL);
//   3. checks the running stack from this machine (e2e/docker/stack.spec.ts): the image's
//      user and contents, a Medusa restart mid-session, data across down and up, the reset,
//      the outbox, then the `scale` profile and the v1 profile;
//   4. brings the v1 stack up and runs its sign-in, address and orders journeys in the runner;
//   5. takes everything down with its volumes.
//
// It needs a running Docker engine with Compose v2 (bash docker/engine.sh start) and the base
// images (pulled, or bash docker/stand-ins/build.sh). The stack runs as its own compose
// project on ports of its own, beside any stack a support desk has up. Ends with one line,
// "N passed, N failed, N skipped", and exits non-zero on any failure.
import fs from 'node:fs';
import path from 'node:path';

import { banner, ROOT, run } from './lib/run';
import {
  addOutcome,
  closingLine,
  emptyTotals,
  exitCode,
  playwrightOutcome,
  type PlaywrightReport,
} from './lib/test-report';

// A project and ports of its own: none of the host suite's, nor a desk's 3000/9000/9001.
Object.assign(process.env, {
  COMPOSE_PROJECT_NAME: process.env.COMPOSE_PROJECT_NAME ?? 'medusa-account-test',
  STOREFRONT_PORT: '3300',
  STOREFRONT_V1_PORT: '3301',
  SCALE_PORT: '3310',
  MEDUSA_PORT: '9301',
  MEDUSA_V1_PORT: '9300',
  NEXT_TELEMETRY_DISABLED: '1',
});

const PROFILES = ['--profile', 'v1', '--profile', 'scale', '--profile', 'test'];
const RESULTS = path.join(ROOT, 'test-results', 'docker');
const totals = emptyTotals();
const problems: string[] = [];
const timings: string[] = [];

const seconds = (since: number) => (Date.now() - since) / 1000;

async function compose(args: string[], env?: Record<string, string>) {
  return run('docker', ['compose', ...args], { env });
}

/** A step that is not a test suite: one failure when it fails. */
async function check(name: string, command: () => Promise<number>) {
  banner(name);
  const began = Date.now();
  const code = await command();
  if (code !== 0) {
    problems.push(`${name} exited with ${code}`);
    totals.failed += 1;
  }
  timings.push(`${name}: ${seconds(began).toFixed(0)} s`);
  return code === 0;
}

function readReport(file: string): PlaywrightReport | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as PlaywrightReport;
  } catch {
    return null;
  }
}

/** A Playwright suite; its JSON report lands in test-results/docker. */
async function suite(
  name: string,
  reportName: string,
  command: (report: string) => Promise<number>,
) {
  banner(name);
  const began = Date.now();
  const report = path.join(RESULTS, reportName);
  fs.rmSync(report, { force: true });
  const code = await command(report);
  addOutcome(totals, problems, playwrightOutcome(name, code === 0, readReport(report)));
  timings.push(`${name}: ${seconds(began).toFixed(0)} s`);
}

/** The runner container, with the suite's arguments; its report goes to the shared folder. */
function runner(report: string, env: Record<string, string>, args: string[] = []) {
  const vars = Object.entries({
    ...env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: `/e2e/test-results/${path.basename(report)}`,
  }).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
  return compose(['--profile', 'test', 'run', '--rm', ...vars, 'runner', ...args]);
}

/** e2e/docker/stack.spec.ts from this machine, one of its projects. */
function hostChecks(project: string) {
  return (report: string) =>
    run('npx', ['playwright', 'test', '-c', 'playwright.docker.config.ts', '--project', project], {
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    });
}

async function main() {
  fs.mkdirSync(RESULTS, { recursive: true, mode: 0o777 });
  if ((await run('docker', ['compose', 'version'])) !== 0) {
    console.error('Docker Compose v2 is needed: bash docker/engine.sh start');
    console.log(closingLine({ ...totals, failed: 1 }));
    process.exit(1);
  }
  try {
    await compose([...PROFILES, 'down', '--volumes', '--remove-orphans']);
    const built = await check('Build the images', () => compose([...PROFILES, 'build']));
    if (!built) return;
    const up = await check('Cold start of the v2 stack (docker compose up -d --wait)', () =>
      compose(['up', '-d', '--wait']),
    );
    if (!up) return;

    await suite('End-to-end suite in the runner container (Medusa v2)', 'e2e-v2.json', (report) =>
      runner(report, {}),
    );
    await suite('The v2 stack, checked from this machine', 'stack-v2.json', hostChecks('v2'));
    const scaled = await check(
      'The scale profile up (docker compose --profile scale up -d --wait)',
      () => compose(['--profile', 'scale', 'up', '-d', '--wait']),
    );
    if (scaled)
      await suite(
        'Profile scale, checked from this machine',
        'stack-scale.json',
        hostChecks('scale'),
      );

    const v1 = await check('The v1 profile up (docker compose --profile v1 up -d --wait)', () =>
      compose(['--profile', 'v1', 'up', '-d', '--wait']),
    );
    if (v1) {
      await suite('v1 journeys in the runner container', 'e2e-v1.json', (report) =>
        runner(
          report,
          {
            E2E_STOREFRONT_V2_URL: '',
            E2E_STOREFRONT_V1_URL: 'http://storefront-v1:3001',
            E2E_VERSIONS: 'v1',
          },
          [
            'e2e/account/sign-in.spec.ts',
            'e2e/account/addresses.spec.ts',
            'e2e/account/orders.spec.ts',
          ],
        ),
      );
      await suite('The v1 stack, checked from this machine', 'stack-v1.json', hostChecks('v1'));
    }
  } finally {
    if (process.env.KEEP_DOCKER_STACK !== '1') {
      banner('Down, with the volumes');
      await compose([...PROFILES, 'down', '--volumes', '--remove-orphans']);
    }
    banner('Timings');
    for (const line of timings) console.log(`- ${line}`);
    banner('Summary');
    for (const problem of problems) console.log(`- ${problem}`);
    console.log(closingLine(totals));
  }
}

main()
  .then(() => process.exit(exitCode(totals, problems)))
  .catch((error: unknown) => {
    console.error(error);
    console.log(closingLine({ ...totals, failed: Math.max(1, totals.failed) }));
    process.exit(1);
  });

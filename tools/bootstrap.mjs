#!/usr/bin/env node
// The one plain-JavaScript file of tools/. It uses Node built-ins only, so it works before
// `npm install` has run: it installs the storefront's npm packages when they are missing or
// older than the lockfile, then runs the TypeScript tool with tsx.
//
//   node tools/bootstrap.mjs <tool> [args…]    e.g. `backend up v1`, `demo`, `test-all`
//
// Arguments, output and the exit code pass through. A signal sent to this process alone
// (`kill`, a supervisor) is passed on to the tool, which does its own cleanup; Ctrl+C in a
// terminal reaches the tool directly too (same process group).
//
// tools/package.json marks the tools as ES modules: tsx would otherwise compile them to
// CommonJS, where their top-level `await` is not allowed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = [
  'backend',
  'demo',
  'dev',
  'test-all',
  'measure-backend-calls',
  'docker',
  'docker-test',
  'screenshots',
  'identity-key',
  'bench',
];
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs a command with inherited output; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Installs the storefront's npm packages when they are missing or older than the lockfile. */
async function ensureNodeModules() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (fresh) return true;
  console.log('Installing npm packages (npm install --no-audit --no-fund)…');
  return (await run('npm', ['install', '--no-audit', '--no-fund'])) === 0;
}

const [tool, ...args] = process.argv.slice(2);
if (!tool || !TOOLS.includes(tool)) {
  console.error(`Usage: node tools/bootstrap.mjs <${TOOLS.join('|')}> [args…]`);
  process.exit(2);
}

if (!(await ensureNodeModules())) {
  console.error('npm install failed');
  // test-all always ends with its summary line, even when it never got to run a suite.
  if (tool === 'test-all') console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

// Resolved from here, so the tools run the same from any working directory.
const tsx = import.meta.resolve('tsx');
const child = spawn(
  process.execPath,
  ['--import', tsx, path.join(ROOT, 'tools', `${tool}.ts`), ...args],
  { stdio: 'inherit' },
);

const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of SIGNALS) process.on(signal, forward);

child.on('error', (error) => {
  console.error(`could not start ${tool}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so whoever started us sees how the tool ended.
    for (const s of SIGNALS) process.off(s, forward);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});

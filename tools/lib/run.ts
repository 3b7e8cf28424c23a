// Small process helpers shared by the demo, the test runner and the backend tool. Installing
// the npm packages before any of this can load is tools/bootstrap.mjs's job.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { execa } from 'execa';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type RunOptions = {
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  /** Appends the output to this file, with no input; by default the output is inherited. */
  log?: string;
};

/** Runs a command with inherited output; resolves with its exit code. */
export async function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<number> {
  const log = options.log ? { file: options.log, append: true } : undefined;
  const result = await execa(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    ...(log ? { stdin: 'ignore', stdout: log, stderr: log } : { stdio: 'inherit' }),
    reject: false,
  });
  if (result.exitCode !== undefined) return result.exitCode;
  if (result.signal) return 1;
  console.error(`could not start ${command}: ${result.originalMessage}`);
  return 127;
}

export function banner(text: string) {
  console.log(`\n=== ${text} ===`);
}

/** Waits until `url` answers at all (any status), for a server this tool just started. */
export async function waitForAnswer(url: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer`);
}

import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

// The Docker Compose stack of compose.yaml, driven from tests and tools on the host. The
// project name and the published ports come from the environment (COMPOSE_PROJECT_NAME,
// STOREFRONT_PORT, …), so a test run can use a stack of its own beside a support desk's.

export const ROOT = path.resolve(__dirname, '..', '..');

/** Every profile, so that a command can reach any service of the file. */
export const ALL_PROFILES = ['v1', 'scale', 'test'] as const;

/** Runs `docker compose …` and returns its output; throws with the output on failure. */
export function compose(args: string[], options: { profiles?: readonly string[] } = {}): string {
  const profiles = (options.profiles ?? []).flatMap((p) => ['--profile', p]);
  try {
    return execFileSync('docker', ['compose', ...profiles, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`docker compose ${args.join(' ')} failed:\n${stdout}${stderr}`.slice(0, 4000));
  }
}

/** Runs `docker …` (not compose) and returns its exit code and output. */
export function docker(args: string[]) {
  const result = spawnSync('docker', args, { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Where the stack publishes a service on this machine's loopback. */
export const published = {
  storefront: () => `http://localhost:${process.env.STOREFRONT_PORT ?? '3000'}`,
  storefrontV1: () => `http://localhost:${process.env.STOREFRONT_V1_PORT ?? '3001'}`,
  scaleProxy: () => `http://localhost:${process.env.SCALE_PORT ?? '3010'}`,
  medusa: () => `http://127.0.0.1:${process.env.MEDUSA_PORT ?? '9001'}`,
  medusaV1: () => `http://127.0.0.1:${process.env.MEDUSA_V1_PORT ?? '9000'}`,
};

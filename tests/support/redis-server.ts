// A throwaway redis-server for one test file: its own port, no persistence, nothing shared
// with a Redis the machine may already run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BINARY = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';

// Ports other services on developer machines and CI rely on.
const RESERVED = (port: number) =>
  (port >= 3000 && port <= 3200) || [6379, 9000, 9001, 54329].includes(port);

export function assertRedisServerInstalled(): void {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `The Redis tests need ${BINARY} (${probe.error?.message ?? probe.stderr.trim()}). ` +
        "Install Debian's redis-server package (apt-get install -y redis-server), or point " +
        'REDIS_SERVER_BIN at a redis-server binary.',
    );
  }
}

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port && !RESERVED(port)) return port;
  }
}

/** True once the server answers PING on the port. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export type RedisServer = {
  port: number;
  url: string;
  /** Starts the server (again) on the same port; its data starts empty each time. */
  start(): Promise<void>;
  /** Stops it and waits for the process to exit. */
  stop(): Promise<void>;
};

export function redisServer(port: number): RedisServer {
  let child: ChildProcess | null = null;
  let dir: string | null = null;

  return {
    port,
    url: `redis://127.0.0.1:${port}`,

    async start() {
      dir = mkdtempSync(path.join(os.tmpdir(), 'storefront-redis-'));
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', ''];
      args.push('--appendonly', 'no', '--daemonize', 'no', '--dir', dir);
      const started = spawn(BINARY, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      child = started;
      let stderr = '';
      started.stderr?.on('data', (chunk) => (stderr += chunk));
      const deadline = Date.now() + 10_000;
      while (!(await pings(port))) {
        if (started.exitCode !== null || Date.now() > deadline) {
          started.kill('SIGKILL');
          throw new Error(`redis-server did not start on port ${port}: ${stderr}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },

    async stop() {
      const running = child;
      child = null;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGTERM');
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}

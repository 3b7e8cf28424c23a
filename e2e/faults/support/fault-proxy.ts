import net from 'node:net';

// A TCP proxy between a storefront and its Medusa that a fault test can turn into a
// stopped backend (nothing listens) or a slow one (each request waits before it is
// forwarded; a request whose client gives up meanwhile is never forwarded, so a write the
// storefront abandoned does not reach Medusa late). Loopback only.

export type FaultProxy = {
  /** Forwards at once. */
  pass(): Promise<void>;
  /**
   * Holds each request this long before forwarding it; with `onlyWrites`, only POST and
   * DELETE requests (reads stay fast, so a page loads and its form's save is what is slow).
   */
  delay(ms: number, options?: { onlyWrites?: boolean }): Promise<void>;
  /**
   * The request lines (`POST /store/auth HTTP/1.1`) forwarded since the last call, which
   * starts the list afresh: what reached Medusa.
   */
  takeForwarded(): string[];
  /** Nothing listens: connections are refused, as by a stopped server. */
  stop(): Promise<void>;
  close(): Promise<void>;
};

export async function startFaultProxy(listenPort: number, upstream: URL): Promise<FaultProxy> {
  let delayMs = 0;
  let onlyWrites = false;
  let forwarded: string[] = [];
  const sockets = new Set<net.Socket>();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const server = net.createServer((client) => {
    const backend = net.connect(Number(upstream.port), upstream.hostname);
    for (const socket of [client, backend]) {
      sockets.add(socket);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        backend.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
    backend.pipe(client);
    // Client bytes go through a queue, so a held request keeps its order on a kept-alive
    // connection, and bytes of a request the client has given up on are never sent.
    let queue: Promise<unknown> = Promise.resolve();
    client.on('data', (chunk: Buffer) => {
      const startsRequest = /^(GET|POST|DELETE|PUT|PATCH|HEAD|OPTIONS) /.test(
        chunk.subarray(0, 8).toString('latin1'),
      );
      const isWrite = /^(POST|DELETE|PUT|PATCH) /.test(chunk.subarray(0, 8).toString('latin1'));
      const hold = startsRequest && delayMs > 0 && (!onlyWrites || isWrite) ? delayMs : 0;
      queue = queue
        .then(() => (hold ? sleep(hold) : undefined))
        .then(() => {
          if (client.destroyed || backend.destroyed) return;
          if (startsRequest)
            forwarded.push(chunk.subarray(0, chunk.indexOf('\r\n')).toString('latin1'));
          backend.write(chunk);
        });
    });
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server.listening) return resolve();
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const unlisten = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });

  await listen();
  return {
    async pass() {
      delayMs = 0;
      onlyWrites = false;
      await listen();
    },
    async delay(ms, options = {}) {
      delayMs = ms;
      onlyWrites = options.onlyWrites ?? false;
      await listen();
    },
    takeForwarded() {
      const lines = forwarded;
      forwarded = [];
      return lines;
    },
    stop: unlisten,
    close: unlisten,
  };
}

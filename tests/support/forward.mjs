// A TCP forwarder from this machine's loopback to a storefront elsewhere, so that the browser
// sees a loopback origin, a secure context in which it keeps the storefront's `__Host-`
// Secure cookie even over plain http (see browserUrl in tests/support/backends.ts).
//
//   node tests/support/forward.mjs <listen port> <target host> <target port>
//
// playwright.config.ts starts one per external plain-http storefront and stops it at the end.
import net from 'node:net';

const [listenPort, targetHost, targetPort] = process.argv.slice(2);
if (!listenPort || !targetHost || !targetPort) {
  console.error('usage: node tests/support/forward.mjs <listen port> <target host> <target port>');
  process.exit(2);
}

const server = net.createServer((client) => {
  const upstream = net.connect(Number(targetPort), targetHost);
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close);
  upstream.on('error', close);
});

server.on('error', (error) => {
  console.error(`forward.mjs: ${error.message}`);
  process.exit(1);
});
server.listen(Number(listenPort), '127.0.0.1', () => {
  console.log(`forward.mjs: 127.0.0.1:${listenPort} -> ${targetHost}:${targetPort}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));

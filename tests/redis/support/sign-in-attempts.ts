// Another storefront process, as far as the limits can tell: makes failed sign-in attempts
// for one address through the real module and its process-wide limits, and prints whether
// each was let through, as a JSON array. Run with
//   node --conditions=react-server --import tsx sign-in-attempts.ts <count> <ip> [at once]
// (react-server is the condition under which `server-only` imports cleanly, as in Next.)
import { limits } from '../../../lib/rate-limit';

async function main() {
  const count = Number(process.argv[2]);
  const keys = { ip: process.argv[3] ?? '' };
  const attempt = async () => (await limits.take('signIn', keys)).allowed;
  const allowed: boolean[] = [];
  if (process.argv[4] === 'at once') {
    allowed.push(...(await Promise.all(Array.from({ length: count }, attempt))));
  } else {
    for (let i = 0; i < count; i += 1) allowed.push(await attempt());
  }
  process.stdout.write(JSON.stringify(allowed));
}

main().then(
  // The shared Redis client would keep the process alive.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

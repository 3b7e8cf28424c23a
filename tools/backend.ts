// The seeded Medusa dev backends, for the demo, support staff and the tests.
//
//   npm run backend -- up [v1|v2]       install, seed on first run, start
//   npm run backend -- down [v1|v2]     stop one (or all, and the embedded database)
//   npm run backend -- reset [v1|v2]    back to the seeded state in seconds
//   npm run backend -- seed [v1|v2]     rebuild the seeded snapshot from scratch
//   npm run backend -- outbox [v1|v2] [--json]   latest mails (password resets, orders to add)
//   npm run backend -- personas [v1|v2]  the customers whose orders show each state
//   npm run backend -- status
//
// (`npm run backend --` is `node tools/bootstrap.mjs backend`.)
// The version defaults to MEDUSA_VERSION, else v2. With DATABASE_URL set, that PostgreSQL
// server is used; otherwise an embedded PostgreSQL runs on 127.0.0.1:54329.
import { personaLines } from './backends/personas';
import * as backends from './lib/backends';

process.env.MEDUSA_DISABLE_TELEMETRY = 'true';

const [command = 'status', ...rest] = process.argv.slice(2);
const flags = rest.filter((a) => a.startsWith('--'));
const version = rest.find((a) => !a.startsWith('--'));
const chosen = () => backends.checkVersion(version ?? process.env.MEDUSA_VERSION ?? 'v2');

try {
  switch (command) {
    case 'up':
      await backends.up(chosen());
      break;
    case 'down':
      await backends.down(version ? chosen() : undefined);
      break;
    case 'reset':
      await backends.reset(chosen());
      break;
    case 'seed':
      await backends.seed(chosen());
      break;
    case 'outbox':
      for (const line of backends.outboxLines(backends.backend(chosen()), {
        json: flags.includes('--json'),
      }))
        console.log(line);
      break;
    case 'personas': {
      const info = await backends.running(chosen());
      for (const line of await personaLines(chosen(), info, info.storefrontUrl)) console.log(line);
      break;
    }
    case 'status':
      for (const line of await backends.status()) console.log(line);
      break;
    default:
      console.error(
        `Unknown command "${command}". Use up, down, reset, seed, outbox, personas or status.`,
      );
      process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

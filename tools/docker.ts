// The seeded store in Docker (compose.yaml), for QA and support staff.
//
//   npm run docker -- up [v1] [scale]     build what changed, start, wait until healthy
//   npm run docker -- reset [v1|v2]       back to the seeded state in seconds, no rebuild
//   npm run docker -- outbox [v1|v2]      the latest mails (password resets, orders to add)
//   npm run docker -- down [--volumes]    stop (data survives unless --volumes)
//
// (`npm run docker --` is `node tools/bootstrap.mjs docker`.) Plain `docker compose` does the
// same; this adds the steps that belong together and says how long they took.
import { banner, run } from './lib/run';

const [command = 'up', ...rest] = process.argv.slice(2);

/** The compose service of a Medusa version. */
const medusaService = (version: string) => (version === 'v1' ? 'medusa-v1' : 'medusa');

function profilesOf(words: string[]) {
  return words.filter((w) => w === 'v1' || w === 'scale').flatMap((p) => ['--profile', p]);
}

async function compose(args: string[]) {
  const code = await run('docker', ['compose', ...args]);
  if (code !== 0) {
    console.error(`docker compose ${args.join(' ')} failed (exit ${code})`);
    process.exit(code);
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const version = rest.find((w) => w === 'v1' || w === 'v2') ?? 'v2';
const began = Date.now();
switch (command) {
  case 'up': {
    await compose([...profilesOf(rest), 'up', '-d', '--build', '--wait']);
    banner(`Up in ${seconds(began)}`);
    console.log(
      `Storefront (Medusa v2): http://localhost:${process.env.STOREFRONT_PORT ?? 3000}/account`,
    );
    if (rest.includes('v1'))
      console.log(
        `Storefront (Medusa v1): http://localhost:${process.env.STOREFRONT_V1_PORT ?? 3001}/account`,
      );
    if (rest.includes('scale'))
      console.log(
        `Two storefronts behind a proxy: http://localhost:${process.env.SCALE_PORT ?? 3010}/account`,
      );
    console.log('Sign in as demo@example.com / demo-password-1 (README, "Demo credentials").');
    break;
  }
  case 'reset': {
    const service = medusaService(version);
    const profile = version === 'v1' ? ['--profile', 'v1'] : [];
    // The reset replaces the database under the running server, which then starts afresh.
    await compose([...profile, 'run', '--rm', service, 'reset']);
    await compose([...profile, 'restart', service]);
    await compose([...profile, 'up', '-d', '--wait', service]);
    banner(`Medusa ${version} is back to the seeded state (${seconds(began)})`);
    break;
  }
  case 'outbox': {
    const profile = version === 'v1' ? ['--profile', 'v1'] : [];
    await compose([...profile, 'run', '--rm', '--no-deps', medusaService(version), 'outbox']);
    break;
  }
  case 'down':
    await compose([
      '--profile',
      'v1',
      '--profile',
      'scale',
      '--profile',
      'test',
      'down',
      '--remove-orphans',
      ...(rest.includes('--volumes') ? ['--volumes'] : []),
    ]);
    break;
  default:
    console.error(`Unknown command "${command}". Use up, reset, outbox or down.`);
    process.exit(2);
}

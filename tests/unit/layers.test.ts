// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules in eslint.config.mjs, run on code that crosses a layer and on code that
// keeps to its own: `npm run lint` fails on the first and passes the second.

const eslint = new ESLint();

/** The messages the project's lint gives `code` as if it stood at `filePath`. */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

/**
 * Who writes an import, where it stands, the import, and how often lint refuses it: once for
 * code that crosses a layer (`who` may not), never for code that keeps to its own (`who` may).
 */
const CASES: [who: string, filePath: string, code: string, refusals: 0 | 1][] = [
  [
    'a component',
    'components/account/x.tsx',
    "import type { Customer } from '@/lib/medusa/types';",
    1,
  ],
  ['a page', 'app/account/x/page.tsx', "import { createBackend } from '@/lib/medusa';", 1],
  [
    'a page, by a relative path',
    'app/account/x/page.tsx',
    "import { x } from '../../../lib/medusa/wire/order';",
    1,
  ],
  [
    'a route handler',
    'app/api/x/route.ts',
    "import { toOrderRows } from '@/components/account/x';",
    1,
  ],
  ['lib/', 'lib/x.ts', "import { Field } from '@/components/ui/field';", 1],
  ['lib/', 'lib/x.ts', "import { StoreClient } from '@/tools/lib/store-client';", 1],
  ['a component', 'components/x.tsx', "import { kit } from '../tests/support/backends';", 1],
  ['lib/', 'lib/x.ts', "import Medusa from '@medusajs/medusa-js';", 1],
  ['the v1 adapter', 'lib/medusa/v1/x.ts', "import Medusa from '@medusajs/js-sdk';", 1],
  ['the v2 adapter', 'lib/medusa/v2/x.ts', "import Medusa from '@medusajs/medusa-js';", 1],
  ['a component', 'components/x.tsx', "import { POST } from '@/app/api/account/orders/route';", 1],
  ['a component', 'components/account/x.tsx', "import type { Customer } from '@/lib/store';", 0],
  ['a page', 'app/account/x/page.tsx', "import { getBackend } from '@/lib/store/server';", 0],
  ['a route handler', 'app/api/x/route.ts', "import { getCurrentCustomer } from '@/lib/auth';", 0],
  ['lib/store', 'lib/store/server.ts', "import { getBackend } from '../medusa';", 0],
  ['the v1 adapter', 'lib/medusa/v1/x.ts', "import Medusa from '@medusajs/medusa-js';", 0],
  ['the v2 adapter', 'lib/medusa/v2/x.ts', "import Medusa from '@medusajs/js-sdk';", 0],
  ['a test', 'tests/unit/x.test.ts', "import { createBackend } from '@/lib/medusa';", 0],
];

describe('the layers, as lint enforces them', () => {
  for (const [who, filePath, code, refusals] of CASES) {
    it(`${who} (${filePath}) ${refusals ? 'may not' : 'may'}: ${code}`, async () => {
      expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toHaveLength(refusals);
    });
  }
});

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

describe('the layers, as lint enforces them', () => {
  it.each([
    [
      'a component',
      'components/account/x.tsx',
      "import type { Customer } from '@/lib/medusa/types';",
    ],
    ['a page', 'app/account/x/page.tsx', "import { createBackend } from '@/lib/medusa';"],
    [
      'a page, by a relative path',
      'app/account/x/page.tsx',
      "import { x } from '../../../lib/medusa/wire/order';",
    ],
    [
      'a route handler',
      'app/api/x/route.ts',
      "import { toOrderRows } from '@/components/account/x';",
    ],
    ['lib/', 'lib/x.ts', "import { Field } from '@/components/ui/field';"],
    ['lib/', 'lib/x.ts', "import { StoreClient } from '@/tools/lib/store-client';"],
    ['a component', 'components/x.tsx', "import { kit } from '../tests/support/backends';"],
    ['lib/', 'lib/x.ts', "import Medusa from '@medusajs/medusa-js';"],
    ['the v1 adapter', 'lib/medusa/v1/x.ts', "import Medusa from '@medusajs/js-sdk';"],
    ['the v2 adapter', 'lib/medusa/v2/x.ts', "import Medusa from '@medusajs/medusa-js';"],
    ['a component', 'components/x.tsx', "import { POST } from '@/app/api/account/orders/route';"],
  ])('%s (%s) may not: %s', async (_who, filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['a component', 'components/account/x.tsx', "import type { Customer } from '@/lib/store';"],
    ['a page', 'app/account/x/page.tsx', "import { getBackend } from '@/lib/store/server';"],
    ['a route handler', 'app/api/x/route.ts', "import { getCurrentCustomer } from '@/lib/auth';"],
    ['lib/store', 'lib/store/server.ts', "import { getBackend } from '../medusa';"],
    ['the v1 adapter', 'lib/medusa/v1/x.ts', "import Medusa from '@medusajs/medusa-js';"],
    ['the v2 adapter', 'lib/medusa/v2/x.ts', "import Medusa from '@medusajs/js-sdk';"],
    ['a test', 'tests/unit/x.test.ts', "import { createBackend } from '@/lib/medusa';"],
  ])('%s (%s) may: %s', async (_who, filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});

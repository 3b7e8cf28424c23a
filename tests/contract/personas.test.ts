import { describe, expect, it } from 'vitest';

import { personaLines } from '@/tools/backends/personas';
import { backendInfo, PERSONAS, versionsUnderTest } from '@/tests/support/backends';

// What `npm run backend -- personas` prints for support staff, against each real backend.

for (const version of versionsUnderTest()) {
  const info = backendInfo(version);

  describe(`the personas command on Medusa ${version}`, () => {
    it('names each persona with the credentials that sign in, and each order in its state', async () => {
      const text = (
        await personaLines(
          version,
          { url: info.url, up: true, publishableKey: info.publishableKey },
          'http://localhost:3000',
        )
      ).join('\n');
      for (const persona of Object.values(PERSONAS)) {
        expect(text).toContain(`${persona.email} / ${persona.password}`);
        expect(text).toContain(persona.persona!);
      }
      expect(text).toMatch(/Order #\d+: pending; goods shipped, payment captured/);
      expect(text).toMatch(/Order #\d+: pending; goods partially shipped, payment captured/);
      expect(text).toMatch(
        /Order #\d+: canceled; goods (canceled|not fulfilled), payment canceled/,
      );
      expect(text).toMatch(/payment refunded/);
      expect(text).toMatch(/payment partially refunded/);
      expect(text).toMatch(
        version === 'v1'
          ? /there is no delivery state: the order shows as shipped/
          : /goods delivered, payment captured/,
      );
      expect(text).toMatch(
        /http:\/\/localhost:3000\/account\/login\?returnTo=%2Faccount%2Forders%2Forder_/,
      );
      expect(text).not.toContain('could not read the orders');
      // The guest buyer: the order placed without an account, by the id support types to add
      // it (the suites never add the seeded one).
      expect(text).toMatch(
        /Placed without an account, not in the list yet: order #\d+, id order_[0-9A-Za-z]+/,
      );
      // The protected persona: a current code for support staff on v2, its absence on v1.
      expect(text).toMatch(
        version === 'v2'
          ? /Authenticator secret: [A-Z2-7]{32}; the code now is \d{6}/
          : /has no two-step sign-in: the password alone signs in/,
      );
    });
  });
}

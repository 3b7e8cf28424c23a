import { SEEDED } from '../../tests/support/backends';
import { expectSessionExpiredOn, signInHere, signInThroughForm } from '../../tests/support/browser';
import { compose } from '../../tests/support/compose';
import { expect, test } from '../fixtures';

// Profile v1: Medusa v1 keeps its sessions in memory (no Redis in this stack), so a restart
// ends them. The shopper must then get the "session expired" notice and a way back in.

test('after a Medusa v1 restart the shopper gets "session expired" and signs in again, never a 500', async ({
  page,
}) => {
  await signInThroughForm(page, SEEDED.demo);
  const statuses: number[] = [];
  page.on('response', (response) => statuses.push(response.status()));

  compose(['--profile', 'v1', 'restart', 'medusa-v1']);
  compose(['--profile', 'v1', 'up', '-d', '--wait', 'medusa-v1']);

  await page.goto('/account/addresses');
  await expectSessionExpiredOn(page, '/account/addresses');
  await signInHere(page, SEEDED.demo);
  await expect(page).toHaveURL(/\/account\/addresses$/);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
});

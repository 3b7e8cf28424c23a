import 'server-only';

import { unstable_rethrow } from 'next/navigation';

import { redirectIfSessionExpired, requireCustomer, type SignedInCustomer } from './auth';
import { describeFailure, errorKind } from './error-messages';
import type { MessageRef } from './i18n/message';
import { limitKeys, limits, takeAttempt, type LimitedAction, type LimitKeys } from './rate-limit';
import type { BackendErrorKind } from './store';

// Every signed-in server action runs its work through `actAsCustomer`: the customer from the
// session (or sign-in, coming back to `page`), its abuse limits, a session the backend drops
// on the way sent to sign in again, and any other failure logged and turned into fixed copy.

/**
 * Why an action's work did not happen, with the copy to show for it: a catalogue key (a
 * MessageRef), which the page or form translates.
 */
export type ActionFailure = { kind: BackendErrorKind | 'too_many_attempts'; message: MessageRef };

/** An abuse limit an action's work is counted against. */
export type ActionLimit = {
  action: LimitedAction;
  /** Counted under the customer's id (the default), or under their email like a sign-in. */
  by?: 'customer' | 'email';
  /**
   * The failures that count as a guess (a wrong password, a wrong code): any other outcome,
   * success included, hands the attempt back. Without it, every attempt counts.
   */
  guesses?: readonly BackendErrorKind[];
};

export type SignedInAction = SignedInCustomer & {
  /** Counts one attempt against `limit`; past the limit the work stops here, told to wait. */
  attempt(limit: ActionLimit): Promise<void>;
};

class TooManyAttempts extends Error {}

/**
 * Runs a signed-in action's work (`act`) for the customer of this session; its result is the
 * action's. `limit`, when given, is counted before `act` starts. A failure of `act` becomes
 * `failed({ kind, message })`, except a session the backend no longer accepts, which
 * redirects to sign in and back to `page`. Redirects `act` makes go through untouched.
 */
export async function actAsCustomer<Result>(
  how: { page: string; operation: string; limit?: ActionLimit },
  act: (signedIn: SignedInAction) => Promise<Result>,
  failed: (failure: ActionFailure) => Result | Promise<Result>,
): Promise<Result> {
  const signedIn = await requireCustomer(how.page);
  const taken: { limit: ActionLimit; keys: LimitKeys }[] = [];
  const attempt = async (limit: ActionLimit) => {
    const { customer } = signedIn;
    const keys = await limitKeys(
      limit.by === 'email' ? { email: customer.email } : { customerId: customer.id },
    );
    const tooMany = await takeAttempt(limit.action, keys);
    if (tooMany) throw new TooManyAttempts(tooMany);
    taken.push({ limit, keys });
  };
  /** Hands back the attempts that `kind` (none: a success) does not make a guess. */
  const giveBackUnless = async (kind?: BackendErrorKind) => {
    for (const { limit, keys } of taken) {
      if (limit.guesses && !(kind && limit.guesses.includes(kind))) {
        await limits.giveBack(limit.action, keys);
      }
    }
  };
  try {
    if (how.limit) await attempt(how.limit);
    const result = await act({ ...signedIn, attempt });
    await giveBackUnless();
    return result;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TooManyAttempts) {
      return failed({ kind: 'too_many_attempts', message: error.message });
    }
    const kind = errorKind(error);
    await giveBackUnless(kind);
    redirectIfSessionExpired(error, how.page);
    return failed({ kind, message: describeFailure(how.operation, error) });
  }
}

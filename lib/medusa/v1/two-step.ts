import 'server-only';

import type { TwoStepMethods } from '../adapter';
import { BackendError, type TwoStepSignIn } from '../../store/backend';

/** Medusa v1 has no second factor at sign-in: every two-step operation is refused. */
const NO_TWO_STEP: TwoStepSignIn = {
  isOn: async () => false,
  begin: refuseTwoStep,
  confirm: refuseTwoStep,
  turnOff: refuseTwoStep,
  renewRecoveryCodes: refuseTwoStep,
};

async function refuseTwoStep(): Promise<never> {
  throw new BackendError('invalid_input', 'v1: no two-step sign-in');
}

export function twoStepMethods(): TwoStepMethods {
  return { twoStep: NO_TWO_STEP };
}

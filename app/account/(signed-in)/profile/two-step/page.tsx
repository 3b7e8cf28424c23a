import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import QRCode from 'qrcode';

import { ReconfirmTwoStepForm, TwoStepSetupForm } from '@/components/account/two-step-forms';
import { PageSection } from '@/components/ui/page-section';
import { readAsCustomer } from '@/lib/auth';
import { getBackend } from '@/lib/store/server';
import { readSetup, TWO_STEP_SETTINGS_PATH } from '@/lib/two-step';

import { confirmTwoStep, renewRecoveryCodes, turnOffTwoStep } from './actions';

export const metadata: Metadata = { title: 'Two-step sign-in' };

/** The QR code authenticator apps scan, drawn here on the server as an SVG data: URL. */
async function qrCodeOf(otpauthUrl: string): Promise<string> {
  const svg = await QRCode.toString(otpauthUrl, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export default async function TwoStepSettingsPage() {
  const backend = getBackend();
  if (!backend.capabilities.offersTwoStepSignIn) redirect('/account/profile#sign-in-security');
  const { customer, data: on } = await readAsCustomer(
    TWO_STEP_SETTINGS_PATH,
    async ({ twoStep }) => twoStep?.isOn() ?? false,
  );
  const setup = on ? null : await readSetup(customer.id);
  if (!on && !setup) redirect('/account/profile#sign-in-security');

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="two-step-heading" className="flex flex-col gap-4">
        <h1 id="two-step-heading" className="text-2xl font-semibold">
          Two-step sign-in
        </h1>
        {setup ? (
          <p className="text-sm text-gray-700">
            Signing in will take your password and a code from an authenticator app. This set-up
            waits for the app&rsquo;s first code for 15 minutes.
          </p>
        ) : (
          <p className="text-sm text-gray-700">
            Two-step sign-in is on: signing in takes your password and a code from your
            authenticator app.
          </p>
        )}
        <TwoStepSetupForm
          action={confirmTwoStep}
          setup={setup ? { qrCode: await qrCodeOf(setup.otpauthUrl), secret: setup.secret } : null}
        />
      </section>
      {on ? (
        <>
          <PageSection headingId="new-codes-heading" title="New recovery codes" gap="gap-4">
            <p className="text-sm text-gray-700">
              Used some, or lost the list? New codes replace every earlier one.
            </p>
            <ReconfirmTwoStepForm
              action={renewRecoveryCodes}
              formId="new-codes"
              submitLabel="Get new recovery codes"
              pendingLabel="Making codes…"
            />
          </PageSection>
          <PageSection headingId="turn-off-heading" title="Turn off two-step sign-in" gap="gap-4">
            <p className="text-sm text-gray-700">
              Signing in will take only your password again, and your other devices are signed out.
            </p>
            <ReconfirmTwoStepForm
              action={turnOffTwoStep}
              formId="two-step-off"
              submitLabel="Turn off two-step sign-in"
              pendingLabel="Turning off…"
              danger
            />
          </PageSection>
        </>
      ) : null}
      <Link href="/account/profile#sign-in-security" className="text-sm text-indigo-700 underline">
        Back to your profile
      </Link>
    </div>
  );
}

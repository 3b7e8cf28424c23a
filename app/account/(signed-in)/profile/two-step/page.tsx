import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';

import { ReconfirmTwoStepForm, TwoStepSetupForm } from '@/components/account/two-step-forms';
import { PageSection } from '@/components/ui/page-section';
import { readAsCustomer } from '@/lib/auth';
import { getBackend } from '@/lib/store/server';
import { readSetup, TWO_STEP_SETTINGS_PATH } from '@/lib/two-step';

import { confirmTwoStep, renewRecoveryCodes, turnOffTwoStep } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('twoStepPage');
  return { title: t('title') };
}

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
  const t = await getTranslations('twoStepPage');

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="two-step-heading" className="flex flex-col gap-4">
        <h1 id="two-step-heading" className="text-2xl font-semibold">
          {t('title')}
        </h1>
        <p className="text-sm text-gray-700">{setup ? t('setupIntro') : t('onIntro')}</p>
        <TwoStepSetupForm
          action={confirmTwoStep}
          setup={setup ? { qrCode: await qrCodeOf(setup.otpauthUrl), secret: setup.secret } : null}
        />
      </section>
      {on ? (
        <>
          <PageSection headingId="new-codes-heading" title={t('newCodes.title')} gap="gap-4">
            <p className="text-sm text-gray-700">{t('newCodes.intro')}</p>
            <ReconfirmTwoStepForm
              action={renewRecoveryCodes}
              formId="new-codes"
              submitLabel={t('newCodes.submit')}
              pendingLabel={t('newCodes.pending')}
            />
          </PageSection>
          <PageSection headingId="turn-off-heading" title={t('turnOff.title')} gap="gap-4">
            <p className="text-sm text-gray-700">{t('turnOff.intro')}</p>
            <ReconfirmTwoStepForm
              action={turnOffTwoStep}
              formId="two-step-off"
              submitLabel={t('turnOff.submit')}
              pendingLabel={t('turnOff.pending')}
              danger
            />
          </PageSection>
        </>
      ) : null}
      <Link href="/account/profile#sign-in-security" className="text-sm text-indigo-700 underline">
        {t('back')}
      </Link>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ProfileAvatar } from '@/components/account/profile-avatar';
import { ProfileForm } from '@/components/account/profile-form';
import { ButtonForm } from '@/components/account/button-form';
import { ProfilePhotoForm } from '@/components/account/profile-photo-form';
import { TurnOnTwoStepForm } from '@/components/account/two-step-forms';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { PageSection } from '@/components/ui/page-section';
import { readAsCustomer } from '@/lib/auth';
import { TWO_STEP_SETTINGS_PATH } from '@/lib/two-step';
import { initialsOf, isPhotoOutcome } from '@/lib/profile-photo-rules';

import { changePassword, sendPasswordResetLink, signOutEverywhere, updateProfile } from './actions';
import { beginTwoStep } from './two-step/actions';

/**
 * What the two-step pages sent the shopper back to say (`?twoStep=`): a fixed outcome, never
 * text. Each one's tone; its text is `profilePage.twoStepOutcomes.<outcome>`.
 */
const TWO_STEP_OUTCOMES = { off: 'success', restart: 'info' } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profilePage');
  return { title: t('title') };
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Whether two-step sign-in is on is read at the same time as the customer.
  const {
    customer,
    store: { capabilities },
    data: twoStepOn,
  } = await readAsCustomer('/account/profile', async ({ twoStep }) => twoStep?.isOn() ?? false);
  // Where the photo form (without JavaScript) sent the shopper back: a fixed outcome, never text.
  const { photo, twoStep } = await searchParams;
  const twoStepOutcome = twoStep === 'off' || twoStep === 'restart' ? twoStep : undefined;
  const t = await getTranslations('profilePage');

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h1 id="profile-heading" className="text-2xl font-semibold">
          {t('title')}
        </h1>
        <ProfileForm
          action={updateProfile}
          canChangeEmail={capabilities.canChangeEmail}
          keepsCompany={capabilities.keepsCustomerCompany}
          profile={{
            firstName: customer.firstName,
            lastName: customer.lastName,
            phone: customer.phone ?? '',
            email: customer.email,
            companyName: customer.companyName ?? '',
          }}
        />
      </section>
      {capabilities.storesProfilePhoto ? (
        <PageSection
          id="profile-photo"
          headingId="photo-heading"
          title={t('photoTitle')}
          gap="gap-4"
        >
          <ProfilePhotoForm
            photoUrl={customer.photo?.url ?? null}
            avatar={
              <ProfileAvatar
                photoUrl={customer.photo?.url ?? null}
                initials={initialsOf(customer)}
                size={96}
                label={customer.photo?.url ? t('yourPhoto') : t('noPhoto')}
              />
            }
            initialOutcome={isPhotoOutcome(photo) ? photo : undefined}
          />
        </PageSection>
      ) : null}
      <PageSection headingId="password-heading" title={t('passwordTitle')} gap="gap-4">
        {capabilities.canChangePasswordInPlace ? (
          <ChangePasswordForm action={changePassword} />
        ) : (
          <ButtonForm
            action={sendPasswordResetLink}
            label={t('resetLink.label')}
            pendingLabel={t('resetLink.pending')}
          >
            {t('resetLink.explanation')}
          </ButtonForm>
        )}
      </PageSection>
      <PageSection
        id="sign-in-security"
        headingId="security-heading"
        title={t('securityTitle')}
        gap="gap-4"
      >
        {twoStepOutcome ? (
          <OutcomeNotice tone={TWO_STEP_OUTCOMES[twoStepOutcome]}>
            {t(`twoStepOutcomes.${twoStepOutcome}`)}
          </OutcomeNotice>
        ) : null}
        {!capabilities.offersTwoStepSignIn ? (
          <p className="text-sm text-gray-700">{t('twoStepNotOffered')}</p>
        ) : twoStepOn ? (
          <>
            <p className="text-sm text-gray-700">{t.rich('twoStepOn', { strong })}</p>
            <Link href={TWO_STEP_SETTINGS_PATH} className="text-sm text-indigo-700 underline">
              {t('manageTwoStep')}
            </Link>
          </>
        ) : (
          <>
            <p className="text-sm text-gray-700">{t.rich('twoStepOff', { strong })}</p>
            <TurnOnTwoStepForm action={beginTwoStep} />
          </>
        )}
      </PageSection>
      <PageSection headingId="sessions-heading" title={t('devicesTitle')} gap="gap-4">
        <ButtonForm
          action={signOutEverywhere}
          label={t('signOutEverywhere.label')}
          pendingLabel={t('signOutEverywhere.pending')}
        >
          {t('signOutEverywhere.explanation')}
        </ButtonForm>
      </PageSection>
    </div>
  );
}

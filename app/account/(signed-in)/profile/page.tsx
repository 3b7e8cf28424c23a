import type { Metadata } from 'next';
import Link from 'next/link';

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

/** What the two-step pages sent the shopper back to say (`?twoStep=`): fixed copy, never text. */
const TWO_STEP_OUTCOMES = {
  off: {
    tone: 'success',
    text: 'Two-step sign-in is off. You were signed out on your other devices.',
  },
  restart: {
    tone: 'info',
    text: 'That set-up has expired. Turn on two-step sign-in again to start over.',
  },
} as const;

export const metadata: Metadata = { title: 'Profile' };

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
  const twoStepOutcome =
    twoStep === 'off' || twoStep === 'restart' ? TWO_STEP_OUTCOMES[twoStep] : undefined;

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h1 id="profile-heading" className="text-2xl font-semibold">
          Profile
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
        <PageSection id="profile-photo" headingId="photo-heading" title="Photo" gap="gap-4">
          <ProfilePhotoForm
            photoUrl={customer.photo?.url ?? null}
            avatar={
              <ProfileAvatar
                photoUrl={customer.photo?.url ?? null}
                initials={initialsOf(customer)}
                size={96}
                label={customer.photo?.url ? 'Your profile photo' : 'No photo yet: your initials'}
              />
            }
            initialOutcome={isPhotoOutcome(photo) ? photo : undefined}
          />
        </PageSection>
      ) : null}
      <PageSection headingId="password-heading" title="Change password" gap="gap-4">
        {capabilities.canChangePasswordInPlace ? (
          <ChangePasswordForm action={changePassword} />
        ) : (
          <ButtonForm
            action={sendPasswordResetLink}
            label="Email me a link to change my password"
            pendingLabel="Sending…"
          >
            This store changes passwords through a link sent to your email address.
          </ButtonForm>
        )}
      </PageSection>
      <PageSection
        id="sign-in-security"
        headingId="security-heading"
        title="Sign-in security"
        gap="gap-4"
      >
        {twoStepOutcome ? (
          <OutcomeNotice tone={twoStepOutcome.tone}>{twoStepOutcome.text}</OutcomeNotice>
        ) : null}
        {!capabilities.offersTwoStepSignIn ? (
          <p className="text-sm text-gray-700">
            This store does not offer two-step sign-in: your password is what signs you in.
          </p>
        ) : twoStepOn ? (
          <>
            <p className="text-sm text-gray-700">
              <strong>Two-step sign-in is on.</strong> Signing in takes your password and a code
              from your authenticator app, or one of your recovery codes.
            </p>
            <Link href={TWO_STEP_SETTINGS_PATH} className="text-sm text-indigo-700 underline">
              Manage two-step sign-in
            </Link>
          </>
        ) : (
          <>
            <p className="text-sm text-gray-700">
              <strong>Two-step sign-in is off.</strong> Turn it on and signing in will also take a
              code from an authenticator app on your phone, so a stolen password alone does not open
              your account.
            </p>
            <TurnOnTwoStepForm action={beginTwoStep} />
          </>
        )}
      </PageSection>
      <PageSection headingId="sessions-heading" title="Signed-in devices" gap="gap-4">
        <ButtonForm
          action={signOutEverywhere}
          label="Sign out everywhere"
          pendingLabel="Signing out…"
        >
          Signs you out on every device and browser, this one included. Use it if you lost a device
          or signed in on a shared computer; a changed or reset password does it too.
        </ButtonForm>
      </PageSection>
    </div>
  );
}

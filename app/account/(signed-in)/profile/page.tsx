import type { Metadata } from 'next';

import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { ButtonForm } from '@/components/account/button-form';
import { ProfilePhotoForm } from '@/components/account/profile-photo-form';
import { requireCustomer } from '@/lib/auth';
import { getBackend } from '@/lib/medusa';
import { initialsOf, isPhotoOutcome } from '@/lib/profile-photo-rules';

import { changePassword, sendPasswordResetLink, signOutEverywhere, updateProfile } from './actions';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { customer } = await requireCustomer('/account/profile');
  const { capabilities } = getBackend();
  // Where the photo form (without JavaScript) sent the shopper back: a fixed outcome, never text.
  const { photo } = await searchParams;

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
        <section
          id="profile-photo"
          aria-labelledby="photo-heading"
          className="flex scroll-mt-4 flex-col gap-4"
        >
          <h2 id="photo-heading" className="text-lg font-semibold">
            Photo
          </h2>
          <ProfilePhotoForm
            photoUrl={customer.photo?.url ?? null}
            initials={initialsOf(customer)}
            initialOutcome={isPhotoOutcome(photo) ? photo : undefined}
          />
        </section>
      ) : null}
      <section aria-labelledby="password-heading" className="flex flex-col gap-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
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
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Signed-in devices
        </h2>
        <ButtonForm
          action={signOutEverywhere}
          label="Sign out everywhere"
          pendingLabel="Signing out…"
        >
          Signs you out on every device and browser, this one included. Use it if you lost a device
          or signed in on a shared computer; a changed or reset password does it too.
        </ButtonForm>
      </section>
    </div>
  );
}

import type { Metadata } from 'next';

import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { SendResetLinkForm } from '@/components/account/send-reset-link-form';
import { requireCustomer } from '@/lib/auth';
import { getBackend } from '@/lib/medusa';

import { changePassword, sendPasswordResetLink, updateProfile } from './actions';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const { customer } = await requireCustomer('/account/profile');
  const { capabilities } = getBackend();

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h1 id="profile-heading" className="text-2xl font-semibold">
          Profile
        </h1>
        <ProfileForm
          action={updateProfile}
          canChangeEmail={capabilities.canChangeEmail}
          profile={{
            firstName: customer.firstName,
            lastName: customer.lastName,
            phone: customer.phone ?? '',
            email: customer.email,
          }}
        />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        {capabilities.canChangePasswordInPlace ? (
          <ChangePasswordForm action={changePassword} />
        ) : (
          <SendResetLinkForm action={sendPasswordResetLink} />
        )}
      </section>
    </div>
  );
}

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { ProfileAvatar } from '@/components/account/profile-avatar';
import { SubmitButton } from '@/components/ui/submit-button';
import { getCurrentCustomer } from '@/lib/auth';
import { initialsOf } from '@/lib/profile-photo-rules';

import { signOut } from './actions';

// Everything under here is personal and read per request; never prerender it at build time.
export const dynamic = 'force-dynamic';

/** The account's pages; each one's label is `signedInLayout.nav.<key>`. */
const NAV = [
  { href: '/account', key: 'overview' },
  { href: '/account/profile', key: 'profile' },
  { href: '/account/addresses', key: 'addresses' },
  { href: '/account/orders', key: 'orders' },
] as const;

/**
 * The customer's photo (or initials) and name over the navigation. The page below asks the
 * backend for the same customer; `getCurrentCustomer` asks once per request for both.
 */
async function WhoIsSignedIn() {
  const current = await getCurrentCustomer();
  if (current.status !== 'signed-in') return null;
  const { customer } = current;
  return (
    <p className="flex items-center gap-2 text-sm font-medium text-gray-900">
      {current.store.capabilities.storesProfilePhoto ? (
        <ProfileAvatar
          photoUrl={customer.photo?.url ?? null}
          initials={initialsOf(customer)}
          size={32}
        />
      ) : null}
      <span>
        {customer.firstName} {customer.lastName}
      </span>
    </p>
  );
}

export default function SignedInLayout({ children }: { children: ReactNode }) {
  const t = useTranslations('signedInLayout');
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <aside className="flex flex-col gap-3 md:w-48 print:hidden">
        <WhoIsSignedIn />
        <nav aria-label={t('navLabel')} className="flex flex-row flex-wrap gap-3 md:flex-col">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-sm text-gray-800 hover:underline"
            >
              {t(`nav.${item.key}`)}
            </Link>
          ))}
          <form action={signOut}>
            <SubmitButton variant="link" className="text-sm" pendingLabel={t('signingOut')}>
              {t('signOut')}
            </SubmitButton>
          </form>
        </nav>
      </aside>
      <div className="flex-1">{children}</div>
    </div>
  );
}

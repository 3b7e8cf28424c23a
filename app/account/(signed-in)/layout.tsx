import Link from 'next/link';
import type { ReactNode } from 'react';

import { QueryProvider } from '@/components/account/query-provider';
import { SubmitButton } from '@/components/ui/submit-button';

import { signOut } from './actions';

// Everything under here is personal and read per request; never prerender it at build time.
export const dynamic = 'force-dynamic';

const NAV = [
  { href: '/account', label: 'Overview' },
  { href: '/account/profile', label: 'Profile' },
  { href: '/account/addresses', label: 'Addresses' },
  { href: '/account/orders', label: 'Orders' },
];

export default function SignedInLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <aside className="md:w-48">
        <nav aria-label="Account" className="flex flex-row flex-wrap gap-3 md:flex-col">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-sm text-gray-800 hover:underline"
            >
              {item.label}
            </Link>
          ))}
          <form action={signOut}>
            <SubmitButton variant="link" className="text-sm" pendingLabel="Signing out…">
              Sign out
            </SubmitButton>
          </form>
        </nav>
      </aside>
      <div className="flex-1">
        <QueryProvider>{children}</QueryProvider>
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/client-messages';

/** The profile's forms' words (details, password, photo, two-step), in the browser too. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages of="profile">{children}</ClientMessages>;
}

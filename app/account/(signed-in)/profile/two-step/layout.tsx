import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/client-messages';

/** The two-step settings' words, in the browser too. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages of="twoStep">{children}</ClientMessages>;
}

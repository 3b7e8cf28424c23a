import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/client-messages';

/** The second sign-in step's words, in the browser too. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages of="secondStep">{children}</ClientMessages>;
}

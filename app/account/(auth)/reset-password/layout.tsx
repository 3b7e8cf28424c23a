import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/client-messages';

/** The new-password form's words (and the reset-link form's, for a link that no longer works), in the browser too. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages of="resetPassword">{children}</ClientMessages>;
}

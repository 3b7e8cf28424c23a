import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/client-messages';

/** The registration form's words, in the browser too. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages of="register">{children}</ClientMessages>;
}

import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/client-messages';

/** The return form's words, in the browser too. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages of="returnForm">{children}</ClientMessages>;
}

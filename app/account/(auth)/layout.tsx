import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex max-w-md flex-col gap-6">{children}</div>;
}

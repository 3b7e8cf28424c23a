'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition } from 'react';

import { Button } from '@/components/ui/button';

// Shown when a page could not be rendered, usually because the store's backend is not
// answering. The server log has the cause; the shopper gets no internals.
export default function AccountError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  const t = useTranslations('accountError');
  // The page is rendered on the server: ask for it again, then leave the error state.
  const tryAgain = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <section className="flex flex-col gap-4" aria-labelledby="account-error-title">
      <h1 id="account-error-title" className="text-2xl font-semibold">
        {t('title')}
      </h1>
      <p className="text-gray-700">{t('body')}</p>
      <div>
        <Button variant="primary" onClick={tryAgain}>
          {t('tryAgain')}
        </Button>
      </div>
    </section>
  );
}

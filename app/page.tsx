import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { storeName } from '@/lib/settings';

export default function HomePage() {
  const t = useTranslations('homePage');
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('welcome', { store: storeName() })}</h1>
      <p className="text-gray-700">{t('intro')}</p>
      <p>
        <Link href="/account" className="text-indigo-700 underline">
          {t('goToAccount')}
        </Link>
      </p>
    </section>
  );
}

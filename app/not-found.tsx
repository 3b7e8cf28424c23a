import Link from 'next/link';
import { useTranslations } from 'next-intl';

export default function NotFound() {
  const t = useTranslations('notFoundPage');
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-gray-700">{t('body')}</p>
      <Link href="/account" className="text-indigo-700 underline">
        {t('goToAccount')}
      </Link>
    </section>
  );
}

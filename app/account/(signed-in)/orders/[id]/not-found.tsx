import Link from 'next/link';
import { useTranslations } from 'next-intl';

export default function OrderNotFound() {
  const t = useTranslations('orderNotFound');
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-gray-700">{t('text')}</p>
      <Link href="/account/orders" className="text-indigo-700 underline">
        {t('back')}
      </Link>
    </section>
  );
}

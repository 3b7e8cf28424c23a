import { useLocale, useTranslations } from 'next-intl';

import { SubmitButton } from '@/components/ui/submit-button';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';

/**
 * The language switcher on every page: a plain form (a select and a button) that works
 * without JavaScript, posting to the switcher's action, which comes back to `returnTo`. Each
 * language is listed in its own name and marked with its `lang`, so a screen reader says it
 * right.
 */
export function LanguageSwitcher({
  action,
  offered,
  returnTo,
}: {
  action: (formData: FormData) => Promise<void>;
  offered: readonly Locale[];
  returnTo: string;
}) {
  const t = useTranslations('languageSwitcher');
  const current = useLocale();
  if (offered.length < 2) return null;
  return (
    <form action={action} className="flex items-center gap-2 text-sm">
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor="language-switcher" className="text-gray-700">
        {t('label')}
      </label>
      <select
        id="language-switcher"
        name="locale"
        defaultValue={current}
        className="rounded-md border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900"
      >
        {offered.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" size="compact" pendingLabel={t('changing')}>
        {t('change')}
      </SubmitButton>
    </form>
  );
}

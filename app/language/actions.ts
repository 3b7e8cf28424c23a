'use server';

import { redirect } from 'next/navigation';

import { getCurrentCustomer } from '@/lib/auth';
import { describeFailure } from '@/lib/error-messages';
import { offeredLocale, writeLanguageCookie } from '@/lib/i18n/preference';
import { sanitizeSamePage } from '@/lib/return-to';

/**
 * The language switcher's action: the chosen language is this browser's from now on (a
 * cookie) and, when a customer is signed in, theirs on every device (their metadata), then the
 * same page again. A language the store does not offer changes nothing. Keeping it for the
 * customer is best effort: a store that does not answer leaves the choice on this browser.
 */
export async function chooseLanguage(formData: FormData): Promise<void> {
  const locale = offeredLocale(formData.get('locale'));
  const page = sanitizeSamePage(formData.get('returnTo'));
  if (locale) {
    await writeLanguageCookie(locale);
    try {
      const current = await getCurrentCustomer();
      if (current.status === 'signed-in' && current.customer.preferredLocale !== locale) {
        await current.store.profile.rememberLanguage(locale);
      }
    } catch (error) {
      describeFailure('rememberLanguage', error);
    }
  }
  redirect(page);
}

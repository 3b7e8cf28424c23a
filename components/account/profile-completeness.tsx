import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import type { Capabilities } from '@/lib/store';
import type { Customer } from '@/lib/store';

/** One thing a complete profile has; `todo` is what the link to it says (a catalogue key). */
export type ProfileStep = { key: string; done: boolean; todo: MessageRef; href: string };

/**
 * What a complete profile has, from the customer the page already loaded (no backend call):
 * a name, a phone number, a default shipping address, and a photo where the store keeps one.
 */
export function profileSteps(
  customer: Customer,
  { storesProfilePhoto }: Pick<Capabilities, 'storesProfilePhoto'>,
): ProfileStep[] {
  const photo: ProfileStep[] = storesProfilePhoto
    ? [
        {
          key: 'photo',
          done: customer.photo !== null,
          todo: 'profileCompleteness.todo.photo',
          href: '/account/profile#profile-photo',
        },
      ]
    : [];
  return [
    {
      key: 'name',
      done: Boolean(customer.firstName.trim() && customer.lastName.trim()),
      todo: 'profileCompleteness.todo.name',
      href: '/account/profile#profile-first-name',
    },
    {
      key: 'phone',
      done: Boolean(customer.phone),
      todo: 'profileCompleteness.todo.phone',
      href: '/account/profile#profile-phone',
    },
    customer.addresses.length === 0
      ? {
          key: 'address',
          done: false,
          todo: 'profileCompleteness.todo.firstAddress',
          href: '/account/addresses/new',
        }
      : {
          key: 'address',
          done: customer.defaultShippingAddressId !== null,
          todo: 'profileCompleteness.todo.defaultAddress',
          href: '/account/addresses',
        },
    ...photo,
  ];
}

/** How complete the profile is and a link to each thing missing; nothing once it is complete. */
export function ProfileCompleteness({
  customer,
  capabilities,
}: {
  customer: Customer;
  capabilities: Pick<Capabilities, 'storesProfilePhoto'>;
}) {
  const t = useTranslations('profileCompleteness');
  const all = useTranslations();
  const steps = profileSteps(customer, capabilities);
  const missing = steps.filter((step) => !step.done);
  if (missing.length === 0) return null;
  const done = steps.length - missing.length;
  return (
    <section
      aria-labelledby="completeness-heading"
      className="flex flex-col gap-2 rounded-md border border-gray-200 bg-white p-4"
    >
      <h2 id="completeness-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-gray-800">{t('progress', { done, total: steps.length })}</p>
      <progress
        value={done}
        max={steps.length}
        aria-label={t('progressLabel')}
        className="h-2 w-full max-w-xs accent-gray-900"
      />
      <ul className="flex flex-col gap-1 text-sm leading-6" aria-label={t('missingLabel')}>
        {missing.map((step) => (
          <li key={step.key}>
            <Link href={step.href} className="text-indigo-700 underline">
              {translateMessage(all, step.todo)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { AddressLines } from '@/components/account/address-card';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { requireCustomer } from '@/lib/auth';
import { translateMessage } from '@/lib/i18n/message';

import { deleteAddress, setDefaultAddress } from './actions';
import { addressOutcome } from './outcomes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('addressesPage');
  return { title: t('title') };
}

export default async function AddressesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ customer }, params, t, translate] = await Promise.all([
    requireCustomer('/account/addresses'),
    searchParams,
    getTranslations('addressesPage'),
    getTranslations(),
  ]);
  const outcome = addressOutcome(params.done);
  const confirming = typeof params.confirm === 'string' ? params.confirm : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <Link
          href="/account/addresses/new"
          className="rounded-md bg-gray-900 px-4 py-2 text-sm text-white"
        >
          {t('addAddress')}
        </Link>
      </div>
      {outcome ? (
        // A new outcome is a new notice, which takes the focus again.
        <OutcomeNotice key={String(params.done)} tone={outcome.tone}>
          {translateMessage(translate, outcome.text)}
        </OutcomeNotice>
      ) : null}
      {customer.addresses.length === 0 ? (
        <p className="text-sm text-gray-700">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label={t('savedAddresses')}>
          {customer.addresses.map((address) => {
            const name = `${address.firstName} ${address.lastName}, ${address.address1}`;
            return (
              <li
                key={address.id}
                aria-label={name}
                className="flex flex-col gap-3 rounded-md border border-gray-200 bg-white p-4"
              >
                {address.isDefaultShipping ? (
                  <p className="text-xs font-semibold tracking-wide text-green-800 uppercase">
                    {t('defaultShipping')}
                  </p>
                ) : null}
                <AddressLines address={address} />
                <div className="flex flex-wrap items-center gap-3">
                  <Link
                    href={`/account/addresses/${address.id}/edit`}
                    className="text-sm text-indigo-700 underline"
                    aria-label={t('editLabel', { name })}
                  >
                    {t('edit')}
                  </Link>
                  {address.isDefaultShipping ? null : (
                    <form action={setDefaultAddress.bind(null, address.id)}>
                      <SubmitButton
                        variant="link"
                        className="text-sm"
                        pendingLabel={t('saving')}
                        // The visible words start the accessible name (WCAG 2.5.3).
                        aria-label={t('makeDefaultLabel', { name })}
                      >
                        {t('makeDefault')}
                      </SubmitButton>
                    </form>
                  )}
                  {confirming === address.id ? null : (
                    // Asking to confirm is a page of its own (?confirm=<id>), so it works
                    // without JavaScript too.
                    <form action="/account/addresses" method="get">
                      <input type="hidden" name="confirm" value={address.id} />
                      <Button
                        type="submit"
                        variant="link"
                        className="text-sm text-red-700"
                        aria-label={t('deleteLabel', { name })}
                      >
                        {t('delete')}
                      </Button>
                    </form>
                  )}
                </div>
                {confirming === address.id ? (
                  <form
                    action={deleteAddress.bind(null, address.id)}
                    className="flex flex-wrap items-center gap-3 text-sm"
                    aria-label={t('confirmLabel', { name })}
                  >
                    <span role="alert">{t('confirmQuestion')}</span>
                    <SubmitButton
                      variant="danger"
                      size="compact"
                      pendingLabel={t('deleting')}
                      autoFocus
                    >
                      {t('confirmDelete')}
                    </SubmitButton>
                    <Link href="/account/addresses" className="text-indigo-700 underline">
                      {t('keep')}
                    </Link>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactElement } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { addressLayout, type LocalityField } from '@/lib/address-layout';
import type { FormActionOf } from '@/lib/form-protocol';
import { useFormats } from '@/lib/i18n/use-formats';
import type { addressSchema, AddressFormValues } from '@/lib/schemas/address';

import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const addressRules = () => import('@/lib/schemas/address').then((m) => m.addressSchema);

/** The server action this form posts to. */
export type AddressFormAction = FormActionOf<typeof addressSchema>;

type Props = {
  action: AddressFormAction;
  /** The countries the store ships to; the form names them in the shopper's language. */
  countries: ReadonlyArray<{ code: string }>;
  initial: AddressFormValues;
  submitLabel: string;
};

export function AddressForm({ action, countries, initial, submitLabel }: Props) {
  const form = useActionStateForm(addressRules, action, initial, { formId: 'address' });
  const { field } = form;
  const t = useTranslations('addressForm');
  const f = useFormats();
  const locale = useLocale();

  const countryField = field('countryCode');
  // The locality follows the chosen country (lib/address-layout.ts): from the select as it
  // changes, and before that, and without JavaScript, from the country the form starts with
  // (the stored address's, or the one sent back with a refused submit).
  const [country, setCountry] = useState(countryField.defaultValue);
  const { locality } = addressLayout(country);
  const localityFields: Record<LocalityField, ReactElement> = {
    city: (
      <Field
        key="city"
        label={t('city')}
        autoComplete="address-level2"
        required
        {...field('city')}
      />
    ),
    postalCode: (
      <Field
        key="postalCode"
        label={t('postalCode')}
        autoComplete="postal-code"
        required
        {...field('postalCode')}
      />
    ),
  };

  // Named, and in alphabetical order, in the shopper's language.
  const collator = new Intl.Collator(locale);
  const countryOptions = countries
    .map(({ code }) => ({ code, name: f.country(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <ActionForm form={form}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('firstName')} autoComplete="given-name" required {...field('firstName')} />
        <Field label={t('lastName')} autoComplete="family-name" required {...field('lastName')} />
      </div>
      <Field label={t('company')} autoComplete="organization" optional {...field('company')} />
      <Field label={t('address1')} autoComplete="address-line1" required {...field('address1')} />
      <Field label={t('address2')} autoComplete="address-line2" optional {...field('address2')} />
      {/* Keyed fields, so that a new order moves them with what was typed in them. */}
      <div
        className={
          locality[0] === 'postalCode'
            ? 'grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]'
            : 'grid gap-4 sm:grid-cols-2'
        }
      >
        {locality.map((name) => localityFields[name])}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t('province')}
          autoComplete="address-level1"
          optional
          {...field('province')}
        />
        <SelectField
          label={t('country')}
          autoComplete="country"
          required
          {...countryField}
          onChange={(event) => {
            setCountry(event.target.value);
            void countryField.onChange(event);
          }}
        >
          <option value="">{t('chooseCountry')}</option>
          {countryOptions.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Field label={t('phone')} type="tel" autoComplete="tel" optional {...field('phone')} />
      <div className="flex items-center gap-4">
        <Button type="submit" pending={form.pending} pendingLabel={t('saving')}>
          {submitLabel}
        </Button>
        <Link href="/account/addresses" className="text-sm text-gray-700 underline">
          {t('cancel')}
        </Link>
      </div>
    </ActionForm>
  );
}

'use client';

import Link from 'next/link';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { FormActionOf } from '@/lib/form-protocol';
import type { addressSchema, AddressFormValues } from '@/lib/schemas/address';

import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const addressRules = () => import('@/lib/schemas/address').then((m) => m.addressSchema);

/** The server action this form posts to. */
export type AddressFormAction = FormActionOf<typeof addressSchema>;

type Props = {
  action: AddressFormAction;
  countries: ReadonlyArray<{ code: string; name: string }>;
  initial: AddressFormValues;
  submitLabel: string;
};

export function AddressForm({ action, countries, initial, submitLabel }: Props) {
  const form = useActionStateForm(addressRules, action, initial, { formId: 'address' });
  const { field } = form;
  return (
    <ActionForm form={form}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" autoComplete="given-name" required {...field('firstName')} />
        <Field label="Last name" autoComplete="family-name" required {...field('lastName')} />
      </div>
      <Field label="Company" autoComplete="organization" optional {...field('company')} />
      <Field label="Street address" autoComplete="address-line1" required {...field('address1')} />
      <Field
        label="Apartment, suite, etc."
        autoComplete="address-line2"
        optional
        {...field('address2')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="City" autoComplete="address-level2" required {...field('city')} />
        <Field label="Postal code" autoComplete="postal-code" required {...field('postalCode')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="County, state or province"
          autoComplete="address-level1"
          optional
          {...field('province')}
        />
        <SelectField label="Country" autoComplete="country" required {...field('countryCode')}>
          <option value="">Choose a country</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Field label="Phone" type="tel" autoComplete="tel" optional {...field('phone')} />
      <div className="flex items-center gap-4">
        <Button type="submit" pending={form.pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        <Link href="/account/addresses" className="text-sm text-gray-700 underline">
          Cancel
        </Link>
      </div>
    </ActionForm>
  );
}

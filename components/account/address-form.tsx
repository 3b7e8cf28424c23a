'use client';

import Link from 'next/link';

import { Button } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { addressSchema, type AddressFormValues } from '@/lib/schemas/address';

import { useActionForm } from './use-action-form';

/** The server action this form posts to. */
export type AddressFormAction = FormActionOf<typeof addressSchema>;

type Props = {
  action: AddressFormAction;
  countries: ReadonlyArray<{ code: string; name: string }>;
  initial: AddressFormValues;
  submitLabel: string;
};

export function AddressForm({ action, countries, initial, submitLabel }: Props) {
  const { state, pending, formProps, field } = useActionForm(addressSchema, action, initial);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessage error={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="address-first-name"
          label="First name"
          autoComplete="given-name"
          required
          {...field('firstName')}
        />
        <Field
          id="address-last-name"
          label="Last name"
          autoComplete="family-name"
          required
          {...field('lastName')}
        />
      </div>
      <Field
        id="address-company"
        label="Company"
        autoComplete="organization"
        optional
        {...field('company')}
      />
      <Field
        id="address-line-1"
        label="Street address"
        autoComplete="address-line1"
        required
        {...field('address1')}
      />
      <Field
        id="address-line-2"
        label="Apartment, suite, etc."
        autoComplete="address-line2"
        optional
        {...field('address2')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="address-city"
          label="City"
          autoComplete="address-level2"
          required
          {...field('city')}
        />
        <Field
          id="address-postal-code"
          label="Postal code"
          autoComplete="postal-code"
          required
          {...field('postalCode')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="address-province"
          label="County, state or province"
          autoComplete="address-level1"
          optional
          {...field('province')}
        />
        <SelectField
          id="address-country"
          label="Country"
          autoComplete="country"
          required
          placeholder="Choose a country"
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
          {...field('countryCode')}
        />
      </div>
      <Field
        id="address-phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        optional
        {...field('phone')}
      />
      <div className="flex items-center gap-4">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        <Link href="/account/addresses" className="text-sm text-gray-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}

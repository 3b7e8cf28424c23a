'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { redirectIfSessionExpired } from '@/lib/auth';
import { getCountries } from '@/lib/countries';
import { actAsCustomer } from '@/lib/customer-action';
import { describeFailure } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import type { AddressInput, CustomerStore } from '@/lib/store';
import { addressSchema } from '@/lib/schemas/address';

import { addressesUrl, type AddressOutcome } from './outcomes';

const PAGE = '/account/addresses';

type State = FormStateOf<typeof addressSchema>;
type Parsed =
  { ok: true; input: AddressInput; values: State['values'] } | { ok: false; state: State };

/** The form's fields, then the country checked against the store's regions. */
async function parseAddress(formData: FormData): Promise<Parsed> {
  const form = parseForm(addressSchema, formData);
  if (!form.ok) return form;
  const { data, values } = form;
  let countries;
  try {
    countries = await getCountries();
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return {
      ok: false,
      state: { status: 'error', formError: describeFailure('listCountries', error), values },
    };
  }
  if (!countries.some((country) => country.code === data.countryCode)) {
    return {
      ok: false,
      state: {
        status: 'error',
        fieldErrors: { countryCode: 'addressForm.countryNotShipped' },
        values,
      },
    };
  }
  return { ok: true, input: data, values };
}

/** The submitted address saved by `save`, then the list with what happened. */
async function saveAddress(
  formPage: string,
  formData: FormData,
  operation: string,
  save: (store: CustomerStore, input: AddressInput) => Promise<unknown>,
  outcome: AddressOutcome,
): Promise<State> {
  const parsed = await parseAddress(formData);
  if (!parsed.ok) return parsed.state;
  const failure = await actAsCustomer<State | null>(
    { page: formPage, operation },
    async ({ store }) => {
      await save(store, parsed.input);
      return null;
    },
    ({ message }): State => ({ status: 'error', formError: message, values: parsed.values }),
  );
  if (failure) return failure;
  revalidatePath('/account', 'layout');
  redirect(addressesUrl(outcome));
}

export async function createAddress(_previous: State, formData: FormData): Promise<State> {
  return saveAddress(
    `${PAGE}/new`,
    formData,
    'createAddress',
    (store, input) => store.addresses.create(input),
    'added',
  );
}

export async function updateAddress(
  id: string,
  _previous: State,
  formData: FormData,
): Promise<State> {
  return saveAddress(
    `${PAGE}/${encodeURIComponent(id)}/edit`,
    formData,
    'updateAddress',
    (store, input) => store.addresses.update(id, input),
    'updated',
  );
}

/**
 * Plain form actions (no form state): the outcome is shown on the address list.
 * Another customer's address id is the backend's `not_found`, shown as a failure.
 */
async function changeAddressList(
  operation: string,
  change: (store: CustomerStore) => Promise<void>,
  outcome: AddressOutcome,
): Promise<void> {
  await actAsCustomer(
    { page: PAGE, operation },
    ({ store }) => change(store),
    () => redirect(addressesUrl('failed')),
  );
  revalidatePath('/account', 'layout');
  redirect(addressesUrl(outcome));
}

export async function deleteAddress(id: string): Promise<void> {
  return changeAddressList('deleteAddress', (store) => store.addresses.delete(id), 'deleted');
}

export async function setDefaultAddress(id: string): Promise<void> {
  return changeAddressList(
    'setDefaultAddress',
    (store) => store.addresses.setDefault(id),
    'default',
  );
}

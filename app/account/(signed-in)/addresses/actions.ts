'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { redirectIfSessionExpired, requireCustomer } from '@/lib/auth';
import { getCountries } from '@/lib/countries';
import { describeFailure } from '@/lib/error-messages';
import { parseForm, type FormStateOf } from '@/lib/form-protocol';
import { getBackend, type AddressInput } from '@/lib/store/server';
import { addressSchema } from '@/lib/schemas/address';

import { addressesUrl } from './outcomes';

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
        fieldErrors: { countryCode: 'We do not ship to that country. Choose one from the list.' },
        values,
      },
    };
  }
  return { ok: true, input: data, values };
}

export async function createAddress(_previous: State, formData: FormData): Promise<State> {
  const parsed = await parseAddress(formData);
  if (!parsed.ok) return parsed.state;
  const { session } = await requireCustomer(`${PAGE}/new`);
  try {
    await getBackend().createAddress(session, parsed.input);
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return {
      status: 'error',
      formError: describeFailure('createAddress', error),
      values: parsed.values,
    };
  }
  revalidatePath('/account', 'layout');
  redirect(addressesUrl('added'));
}

export async function updateAddress(
  id: string,
  _previous: State,
  formData: FormData,
): Promise<State> {
  const parsed = await parseAddress(formData);
  if (!parsed.ok) return parsed.state;
  const { session } = await requireCustomer(`${PAGE}/${encodeURIComponent(id)}/edit`);
  try {
    await getBackend().updateAddress(session, id, parsed.input);
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    return {
      status: 'error',
      formError: describeFailure('updateAddress', error),
      values: parsed.values,
    };
  }
  revalidatePath('/account', 'layout');
  redirect(addressesUrl('updated'));
}

/** Plain form actions (no form state): the outcome is shown on the address list. */
export async function deleteAddress(id: string): Promise<void> {
  const { session } = await requireCustomer(PAGE);
  try {
    await getBackend().deleteAddress(session, id);
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    describeFailure('deleteAddress', error);
    redirect(addressesUrl('failed'));
  }
  revalidatePath('/account', 'layout');
  redirect(addressesUrl('deleted'));
}

export async function setDefaultAddress(id: string): Promise<void> {
  const { session } = await requireCustomer(PAGE);
  try {
    await getBackend().setDefaultAddress(session, id);
  } catch (error) {
    redirectIfSessionExpired(error, PAGE);
    describeFailure('setDefaultAddress', error);
    redirect(addressesUrl('failed'));
  }
  revalidatePath('/account', 'layout');
  redirect(addressesUrl('default'));
}

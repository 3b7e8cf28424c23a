import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { AddressForm } from '@/components/account/address-form';
import { GuestOrderForm } from '@/components/account/guest-order-form';
import { LoginForm } from '@/components/account/login-form';
import { RegisterForm } from '@/components/account/register-form';
import { Field } from '@/components/ui/field';
import type { FormState } from '@/lib/form-protocol';
import { toAddressFormValues } from '@/lib/schemas/address';
import { submitLoginForm } from '@/tests/support/login-form';
import { render } from '@/tests/support/intl';

vi.mock('next/link', () => ({
  default: ({ href, children, ...props }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...props}>
      {children}
    </a>
  ),
}));

describe('Field', () => {
  it('labels its control and points aria-describedby at the hint and error that exist', () => {
    render(
      <Field
        id="f-email"
        name="email"
        label="Email"
        hint="We never share it."
        error="Enter your email address."
      />,
    );
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('id', 'f-email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toEqual(['f-email-hint', 'f-email-error']);
    for (const id of describedBy) expect(document.getElementById(id)).not.toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email address.');
  });

  it('is not marked invalid and describes nothing when there is no error or hint', () => {
    render(<Field id="f-name" name="name" label="Name" />);
    const input = screen.getByLabelText('Name');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});

describe('LoginForm', () => {
  it('shows both errors next to their fields before calling the action', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'idle' }));
    render(<LoginForm action={action} returnTo="/account/orders" />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-describedby', 'login-email-error'));
    expect(document.getElementById('login-email-error')).toHaveTextContent(
      'Enter your email address.',
    );
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(action).not.toHaveBeenCalled();
  });

  it('moves focus to a summary that links to each invalid field, in the form’s order', async () => {
    render(<LoginForm action={vi.fn()} returnTo="/account" />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter your email address.', '#login-email'],
      ['Enter your password.', '#login-password'],
    ]);
    await userEvent.click(links[1]!);
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('shows the server’s form-level message in the summary and focuses it', async () => {
    await submitLoginForm({
      status: 'error',
      formError: 'errors.invalid_credentials',
    });
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('That email and password do not match an account.');
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('sends one submit however often the button is pressed while it is under way', async () => {
    let finish: (state: FormState) => void = () => undefined;
    const action = vi.fn(() => new Promise<FormState>((resolve) => (finish = resolve)));
    render(<LoginForm action={action} returnTo="/account" />);
    await userEvent.type(screen.getByLabelText('Email'), 'dana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'whatever-1');
    const button = screen.getByRole('button', { name: 'Sign in' });
    await userEvent.dblClick(button);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    expect(button).toHaveTextContent('Signing in…');
    await userEvent.keyboard('{Enter}');
    expect(action).toHaveBeenCalledTimes(1);
    // The button keeps the focus while it works: it is never disabled outright.
    expect(button).toHaveFocus();
    await act(async () => finish({ status: 'error', formError: 'No.' }));
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    // Nothing was queued behind the first submit either.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('ignores a second submit that comes before the first is even checked', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'error', formError: 'No.' }));
    render(<LoginForm action={action} returnTo="/account" />);
    await userEvent.type(screen.getByLabelText('Email'), 'dana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'whatever-1');
    const form = screen.getByRole('button', { name: 'Sign in' }).closest('form')!;
    // Two submits in the same tick: pressing Enter twice fast, or a double click.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await screen.findByRole('group', { name: 'There is a problem' });
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('sends the typed values and the return path to the action when valid', async () => {
    const action = await submitLoginForm(
      { status: 'error', formError: 'errors.invalid_credentials' },
      { returnTo: '/account/orders' },
    );
    expect(
      await screen.findByText('That email and password do not match an account.'),
    ).toBeVisible();
    const formData = action.mock.calls[0]![1];
    expect(Object.fromEntries(formData)).toMatchObject({
      email: 'dana@example.com',
      password: 'whatever-1',
      returnTo: '/account/orders',
    });
    // The email the shopper typed is still there after the failed attempt.
    expect(screen.getByLabelText('Email')).toHaveValue('dana@example.com');
  });
});

describe('RegisterForm', () => {
  it('states the password rules on the page and ties them to the field', () => {
    render(<RegisterForm action={vi.fn()} returnTo="/account" />);
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-describedby')).toContain('register-password-hint');
    expect(screen.getByText(/At least 8 characters/)).toBeVisible();
  });
});

describe('AddressForm', () => {
  it('offers only the given countries, named and sorted in the shopper’s language, and marks missing required fields', async () => {
    const action = vi.fn();
    render(
      <AddressForm
        action={action}
        countries={[{ code: 'gb' }, { code: 'de' }]}
        submitLabel="Save address"
        initial={toAddressFormValues({ firstName: 'Dana', lastName: 'Demo' })}
      />,
    );
    const country = screen.getByLabelText('Country');
    expect([...country.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Choose a country',
      'Germany',
      'United Kingdom',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', { name: 'Enter the street address.' }),
    ).toHaveAttribute('href', '#address-address1');
    expect(within(summary).getByRole('link', { name: 'Choose a country.' })).toHaveAttribute(
      'href',
      '#address-country-code',
    );
    expect(screen.getByLabelText('Street address')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('City')).toHaveAttribute('aria-invalid', 'true');
    expect(action).not.toHaveBeenCalled();
  });

  /** Whether the postal code field comes before the city field in the form. */
  const postalCodeFirst = () =>
    Boolean(
      screen.getByLabelText('Postal code').compareDocumentPosition(screen.getByLabelText('City')) &
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

  it('puts the postal code first for the stored country, and follows the country select', async () => {
    render(
      <AddressForm
        action={vi.fn()}
        countries={[{ code: 'gb' }, { code: 'de' }]}
        submitLabel="Save changes"
        initial={toAddressFormValues({ city: 'Berlin', postalCode: '10115', countryCode: 'de' })}
      />,
    );
    expect(postalCodeFirst()).toBe(true);
    await userEvent.clear(screen.getByLabelText('City'));
    await userEvent.type(screen.getByLabelText('City'), 'Potsdam');
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'gb');
    expect(postalCodeFirst()).toBe(false);
    // The fields moved with what was typed in them, under their own names.
    expect(screen.getByLabelText('City')).toHaveValue('Potsdam');
    expect(screen.getByLabelText('City')).toHaveAttribute('name', 'city');
    expect(screen.getByLabelText('Postal code')).toHaveValue('10115');
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'de');
    expect(postalCodeFirst()).toBe(true);
  });

  it('is city first while no country is chosen', () => {
    render(
      <AddressForm
        action={vi.fn()}
        countries={[{ code: 'de' }]}
        submitLabel="Save address"
        initial={toAddressFormValues({})}
      />,
    );
    expect(postalCodeFirst()).toBe(false);
  });
});

describe('GuestOrderForm', () => {
  it('explains an order number on the field before calling the action, and clears it once corrected', async () => {
    const action = vi.fn(async (): Promise<FormState<'orderId'>> => ({ status: 'idle' }));
    render(<GuestOrderForm action={action} />);
    const field = screen.getByLabelText('Order id');
    expect(field).toHaveAttribute('aria-describedby', 'guest-order-order-id-hint');
    await userEvent.type(field, '1042');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a confirmation link' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('guest-order-order-id-error')).toHaveTextContent(
      'That looks like the order number.',
    );
    expect(action).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, 'order_01HZX3J8Q5ZB6T1W4N7M2K9R0C');
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
    expect(document.getElementById('guest-order-order-id-error')).toBeNull();
  });
});

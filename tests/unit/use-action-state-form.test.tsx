import { act, screen, waitFor, within } from '@testing-library/react';

import userEvent from '@testing-library/user-event';
import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';

import { ChangePasswordForm } from '@/components/account/change-password-form';
import { LoginForm } from '@/components/account/login-form';
import { SecondStepForm } from '@/components/account/second-step-form';
import { ReconfirmTwoStepForm } from '@/components/account/two-step-forms';
import { useActionStateForm } from '@/components/account/use-action-state-form';
import { Field } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { FormAction, FormState } from '@/lib/form-protocol';
import { render as renderInEnglish } from '@/tests/support/intl';
import { submitLoginForm } from '@/tests/support/login-form';

/** What this file's own rules and actions say, as catalogue keys do. */
const TEST_MESSAGES = {
  test: {
    enterName: 'Enter your name.',
    threeLetters: 'Use three letters.',
    passwordChanged: 'Your password has been changed.',
    twoStepOff: 'Two-step sign-in is off.',
  },
};
const render = (ui: Parameters<typeof renderInEnglish>[0]) =>
  renderInEnglish(ui, { messages: TEST_MESSAGES });

vi.mock('next/link', () => ({
  default: ({ href, children, ...props }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...props}>
      {children}
    </a>
  ),
}));

const summary = () => screen.findByRole('group', { name: 'There is a problem' });
const errorOf = (input: HTMLElement) => document.getElementById(`${input.id}-error`)?.textContent;

describe('useActionStateForm', () => {
  it('says nothing about a field the shopper leaves before they first submit', async () => {
    render(<LoginForm action={vi.fn()} returnTo="/account" />);
    const email = screen.getByLabelText('Email');
    await userEvent.type(email, 'not-an-email');
    await userEvent.tab();
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull();
  });

  it('checks a field again as it is corrected after a refused submit, and only that field', async () => {
    render(<LoginForm action={vi.fn()} returnTo="/account" />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(errorOf(email)).toBe('Enter your email address.'));

    await userEvent.type(email, 'dana');
    expect(errorOf(email)).toBe('Enter a valid email address, like name@example.com.');
    await userEvent.type(email, '@example.com');
    expect(email).not.toHaveAttribute('aria-invalid');
    // The password was not touched: its error stays until it is corrected or submitted.
    expect(errorOf(password)).toBe('Enter your password.');
    const links = within(await summary()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Enter your password.']);

    await userEvent.type(password, 'x');
    expect(password).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull();
  });

  it('checks the form’s own rules across fields, with the server’s words', async () => {
    const action = vi.fn();
    render(<ChangePasswordForm action={action} />);
    await userEvent.type(screen.getByLabelText('Current password'), 'old-password-1');
    await userEvent.type(screen.getByLabelText('New password'), 'new-password-1');
    await userEvent.type(screen.getByLabelText('Repeat new password'), 'new-password-2');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const links = within(await summary()).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['The two passwords do not match.', '#change-password-confirm-password'],
    ]);
    await userEvent.type(screen.getByLabelText('Repeat new password'), '{Backspace}1');
    expect(screen.getByLabelText('Repeat new password')).not.toHaveAttribute('aria-invalid');
    expect(action).not.toHaveBeenCalled();
  });

  it('moves the focus to the summary on every refused submit', async () => {
    render(<LoginForm action={vi.fn()} returnTo="/account" />);
    const button = screen.getByRole('button', { name: 'Sign in' });
    await userEvent.click(button);
    await waitFor(async () => expect(await summary()).toHaveFocus());
    // The same mistakes again: the summary takes the focus back from the button.
    button.focus();
    await userEvent.click(button);
    await waitFor(async () => expect(await summary()).toHaveFocus());
  });

  it('empties the passwords after the server refuses, and keeps the rest', async () => {
    await submitLoginForm({
      status: 'error',
      formError: 'errors.invalid_credentials',
    });
    await waitFor(async () => expect(await summary()).toHaveFocus());
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email')).toHaveValue('dana@example.com');
  });

  it('shows the server’s error for a field beside it, and in the summary', async () => {
    await submitLoginForm({
      status: 'error',
      fieldErrors: { email: 'errors.email_taken' },
    });
    const links = within(await summary()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#login-email']);
    expect(errorOf(screen.getByLabelText('Email'))).toBe(
      'An account already uses this email address. Sign in, or reset your password.',
    );
  });

  it('empties a form that resets on success, and checks nothing until the next submit', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({
      status: 'success',
      message: 'test.passwordChanged',
    }));
    render(<ChangePasswordForm action={action} />);
    await userEvent.type(screen.getByLabelText('Current password'), 'old-password-1');
    await userEvent.type(screen.getByLabelText('New password'), 'new-password-1');
    await userEvent.type(screen.getByLabelText('Repeat new password'), 'new-password-1');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password has been changed.')).toBeVisible();
    expect(action).toHaveBeenCalledTimes(1);
    for (const label of ['Current password', 'New password', 'Repeat new password']) {
      expect(screen.getByLabelText(label)).toHaveValue('');
    }
    await userEvent.type(screen.getByLabelText('New password'), 'short');
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
  });
});

describe('useActionStateForm in a form of its own', () => {
  const schema = z.object({
    name: z.string().check(z.trim(), z.minLength(1, 'test.enterName')),
  });
  const nameRules = async () => schema;
  let renders = 0;

  function NameForm({
    action,
    loadRules,
    initial = {},
    formId = 'probe',
  }: {
    action: FormAction<'name'>;
    loadRules: () => Promise<typeof schema>;
    initial?: { name?: string };
    formId?: string;
  }) {
    renders += 1;
    const { formProps, field, summaryProps } = useActionStateForm(loadRules, action, initial, {
      formId,
    });
    return (
      <form {...formProps}>
        <ErrorSummary {...summaryProps} />
        <Field label="Name" {...field('name')} />
        <button type="submit">Save</button>
      </form>
    );
  }

  it('leaves the controls uncontrolled: typing renders nothing until there are errors', async () => {
    renders = 0;
    render(<NameForm action={vi.fn()} loadRules={nameRules} initial={{ name: 'Dana' }} />);
    const name = screen.getByLabelText('Name');
    expect(name).toHaveValue('Dana');
    expect(name).toHaveAttribute('name', 'name');
    const before = renders;
    await userEvent.type(name, ' Demo');
    expect(renders).toBe(before);

    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await summary();
    // After the refused submit, a render only when the field's error changes.
    const refused = renders;
    await userEvent.type(name, 'Dana');
    expect(renders).toBe(refused + 1);
  });

  it('hands the form’s data to the action once it passes the schema', async () => {
    const action = vi.fn(
      async (_state: FormState<'name'>, _data: FormData): Promise<FormState<'name'>> => ({
        status: 'success',
      }),
    );
    render(<NameForm action={action} loadRules={nameRules} initial={{ name: 'Dana' }} />);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(Object.fromEntries(action.mock.calls[0]![1])).toEqual({ name: 'Dana' });
  });

  it('loads the rules when a field first takes the focus, not with the page', async () => {
    const loadRules = vi.fn(async () => schema);
    const action = vi.fn(async (): Promise<FormState<'name'>> => ({ status: 'success' }));
    render(<NameForm action={action} loadRules={loadRules} />);
    expect(loadRules).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText('Name'));
    await userEvent.tab();
    await userEvent.click(screen.getByLabelText('Name'));
    expect(loadRules).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(await summary()).getByRole('link')).toHaveTextContent('Enter your name.');
    expect(action).not.toHaveBeenCalled();
  });

  it('checks with the rules of the loader it is given now, when a page switches them', async () => {
    const other = z.object({ name: z.string().check(z.minLength(3, 'test.threeLetters')) });
    const first = vi.fn(async () => schema);
    const second = vi.fn(async () => other as unknown as typeof schema);
    const action = vi.fn(async (): Promise<FormState<'name'>> => ({ status: 'success' }));
    const { rerender } = render(<NameForm action={action} loadRules={first} />);
    await userEvent.click(screen.getByLabelText('Name'));
    await waitFor(() => expect(first).toHaveBeenCalled());
    rerender(<NameForm action={action} loadRules={second} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Al');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(await summary()).getByRole('link')).toHaveTextContent('Use three letters.');
    expect(action).not.toHaveBeenCalled();
  });

  it('waits for rules still on their way, and ignores a second submit meanwhile', async () => {
    let arrive: (rules: typeof schema) => void = () => undefined;
    const arriving = new Promise<typeof schema>((resolve) => (arrive = resolve));
    const action = vi.fn(async (): Promise<FormState<'name'>> => ({ status: 'success' }));
    render(<NameForm action={action} loadRules={() => arriving} />);
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await userEvent.click(save);
    expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull();
    await act(async () => arrive(schema));
    expect(within(await summary()).getByRole('link')).toHaveTextContent('Enter your name.');
    await waitFor(async () => expect(await summary()).toHaveFocus());
    expect(action).not.toHaveBeenCalled();
  });

  it('leaves the checking to the server when the rules cannot be loaded', async () => {
    const action = vi.fn(async (): Promise<FormState<'name'>> => ({
      status: 'error',
      fieldErrors: { name: 'test.enterName' },
    }));
    render(
      <NameForm
        action={action}
        loadRules={() => Promise.reject(new Error('offline'))}
        formId="late"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(await summary()).getByRole('link')).toHaveAttribute('href', '#late-name');
    expect(action).toHaveBeenCalledTimes(1);
  });
});

describe('useActionStateForm keeps react-hook-form’s values with what the fields show', () => {
  it('checks the emptied password again on the next submit, rather than the one sent before', async () => {
    const action = await submitLoginForm({
      status: 'error',
      formError: 'errors.invalid_credentials',
    });
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveValue(''));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const links = within(await summary()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Enter your password.']);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('keeps the server’s error for a field until that field changes, then checks it afresh', async () => {
    await submitLoginForm({
      status: 'error',
      fieldErrors: { email: 'errors.email_taken' },
    });
    const email = screen.getByLabelText('Email');
    await waitFor(() =>
      expect(errorOf(email)).toBe(
        'An account already uses this email address. Sign in, or reset your password.',
      ),
    );
    // Emptying the password after the refusal is not a change the shopper made.
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    await userEvent.type(email, '@');
    expect(errorOf(email)).toBe('Enter a valid email address, like name@example.com.');
    await userEvent.clear(email);
    await userEvent.type(email, 'other@example.com');
    expect(email).not.toHaveAttribute('aria-invalid');
  });

  it('checks a form emptied on success by what it holds now', async () => {
    const action = vi.fn(async (): Promise<FormState<'currentPassword' | 'code'>> => ({
      status: 'success',
      message: 'test.twoStepOff',
    }));
    render(
      <ReconfirmTwoStepForm
        action={action}
        formId="two-step-off"
        submitLabel="Turn off"
        pendingLabel="Turning off…"
      />,
    );
    await userEvent.type(screen.getByLabelText('Your password'), 'whatever-1');
    await userEvent.type(screen.getByLabelText(/^Code from your authenticator app/), '123456');
    const button = screen.getByRole('button', { name: 'Turn off' });
    await userEvent.click(button);
    await waitFor(() => expect(screen.getByLabelText('Your password')).toHaveValue(''));
    await userEvent.click(button);
    const links = within(await summary()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter your password.',
      'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
    ]);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('starts the field of rules switched in empty, not with what was typed for the others', async () => {
    const action = vi.fn(async (): Promise<FormState<'code'>> => ({ status: 'idle' }));
    const { rerender } = render(<SecondStepForm method="totp" action={action} />);
    await userEvent.type(screen.getByLabelText('6-digit code'), '123456');
    rerender(<SecondStepForm method="recovery_code" action={action} />);
    const recovery = screen.getByLabelText('Recovery code');
    await waitFor(() => expect(recovery).toHaveValue(''));
    await userEvent.type(recovery, '1a2b');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(within(await summary()).getByRole('link')).toHaveAttribute('href', '#recovery-code');
    expect(action).not.toHaveBeenCalled();
  });

  it('lists the errors in the schema’s order, whichever appeared first', async () => {
    render(<LoginForm action={vi.fn()} returnTo="/account" />);
    await userEvent.type(screen.getByLabelText('Email'), 'dana@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      within(await summary())
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter your password.']);
    await userEvent.type(screen.getByLabelText('Email'), '@');
    expect(
      within(await summary())
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter a valid email address, like name@example.com.', 'Enter your password.']);
  });
});

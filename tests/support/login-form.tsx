import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { vi } from 'vitest';

import { LoginForm, type LoginFormAction } from '@/components/account/login-form';
import { render } from './intl';

type LoginState = Awaited<ReturnType<LoginFormAction>>;

/**
 * Renders the sign-in form with an action that answers `answer`, and submits a well-formed
 * email and password: the browser's own check passes, so what the form shows next comes from
 * the server's answer. Returns the action, to read what it was sent.
 */
export async function submitLoginForm(answer: LoginState, { returnTo = '/account' } = {}) {
  const action = vi.fn(async (_state: LoginState, _data: FormData): Promise<LoginState> => answer);
  render(<LoginForm action={action} returnTo={returnTo} />);
  await userEvent.type(screen.getByLabelText('Email'), 'dana@example.com');
  await userEvent.type(screen.getByLabelText('Password'), 'whatever-1');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  return action;
}

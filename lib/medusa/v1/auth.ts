import 'server-only';

import type { AuthMethods } from '../adapter';
import { BackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V1Context } from './client';
import { parseCustomer } from './customer';
import { asTokenRefusal } from './token-refusal';

/** The session Medusa opened with a sign-up or a sign-in, from its Set-Cookie header. */
function sessionOf(result: { response: { headers: Record<string, unknown> } }, operation: string) {
  const value = result.response.headers['set-cookie'] as string[] | string | undefined;
  const headers = Array.isArray(value) ? value : value ? [value] : [];
  const session = wire.sessionFromSetCookie(headers);
  if (!session) throw new BackendError('unavailable', `v1 ${operation}: no session cookie`);
  return session;
}

/** Signing up, in and out, and resetting a forgotten password. */
export function authMethods(context: V1Context): AuthMethods {
  const { call, medusa, asCustomer } = context;
  return {
    async register(input) {
      const result = await call(
        'register',
        () =>
          medusa.customers.create({
            email: input.email,
            password: input.password,
            first_name: input.firstName,
            last_name: input.lastName,
            ...(input.phone ? { phone: input.phone } : {}),
          }),
        { 422: 'email_taken' },
      );
      const session = sessionOf(result, 'register');
      return { session, customer: parseCustomer(context, result, 'register') };
    },

    async logIn(email, password) {
      const result = await call('logIn', () => medusa.auth.authenticate({ email, password }), {
        401: 'invalid_credentials',
        400: 'invalid_credentials',
      });
      const session = sessionOf(result, 'logIn');
      return { status: 'signed-in', session, customer: parseCustomer(context, result, 'logIn') };
    },

    async logOut(session) {
      await call('logOut', () => medusa.auth.deleteSession(asCustomer(session)));
    },

    async requestPasswordReset(email) {
      await call('requestPasswordReset', () => medusa.customers.generatePasswordToken({ email }));
    },

    async resetPassword({ email, token, password }) {
      try {
        await call(
          'resetPassword',
          () => medusa.customers.resetPassword({ email, token, password }),
          { 401: 'invalid_token', 404: 'invalid_token', 400: 'invalid_token' },
        );
      } catch (error) {
        await asTokenRefusal(context, 'resetPassword', error);
      }
    },
  };
}

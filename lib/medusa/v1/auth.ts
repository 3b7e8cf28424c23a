import 'server-only';

import type { AuthMethods } from '../adapter';
import { BackendError, isBackendError } from '../../store/backend';
import * as wire from '../wire';
import type { V1Context } from './client';
import { parseCustomer } from './customer';

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
        // v1 answers an expired, reused or forged token with a bare 500, as it answers a
        // failing database. Ask the store something that needs the database: if that works,
        // the 500 was about the token; if not, the store is down and the link may be fine.
        if (!isBackendError(error, 'unavailable') || error.status !== 500) throw error;
        const storeAnswers = await call('resetPassword.probe', () => medusa.regions.list()).then(
          () => true,
          () => false,
        );
        if (!storeAnswers) throw error;
        throw new BackendError('invalid_token', `v1 resetPassword: 500 while the store answers`, {
          cause: error,
        });
      }
    },
  };
}

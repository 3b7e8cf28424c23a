import 'server-only';

import type { AuthMethods } from '../adapter';
import { BackendError, isBackendError, type SignedIn } from '../../store/backend';
import * as wire from '../wire';
import type { V2Context } from './client';
import { authenticate, authenticateFully, tokenBody } from './credentials';
import { retrieveCustomer } from './customer';

/** Trades a JWT for Medusa's server-side session, which sign-out can destroy. */
async function openSession({ call, sdk }: V2Context, token: string): Promise<string> {
  const response = await call('openSession', (signal) =>
    sdk.client.fetch<Response>('/auth/session', {
      method: 'POST',
      signal,
      // Anything but JSON makes the SDK hand back the raw response, with its Set-Cookie.
      headers: { authorization: `Bearer ${token}`, accept: 'text/plain' },
    }),
  );
  const session = wire.sessionFromSetCookie(response.headers.getSetCookie());
  if (!session) throw new BackendError('unavailable', 'v2 openSession: no session cookie');
  return session;
}

/** The customer's session for a token that is theirs (after the password, or its second step). */
export async function signedInWith(context: V2Context, token: string): Promise<SignedIn> {
  const session = await openSession(context, token);
  return { session, customer: await retrieveCustomer(context, session) };
}

/** Signing up, in and out, and resetting a forgotten password. */
export function authMethods(context: V2Context): AuthMethods {
  const { request, asCustomer } = context;
  const sessionFor = (token: string) => signedInWith(context, token);

  return {
    async register(input) {
      let registrationToken: string;
      try {
        const body = await request('register', '/auth/customer/emailpass/register', {
          method: 'POST',
          body: { email: input.email, password: input.password },
        });
        registrationToken = wire.parseResponse(tokenBody, body, 'v2 register').token;
      } catch (error) {
        if (!isBackendError(error, 'unauthorized')) throw error;
        // The identity exists. If these are its credentials and no customer was ever made
        // for it (an interrupted sign-up), finish that sign-up; otherwise the email is taken.
        registrationToken = await authenticateFully(context, input.email, input.password).catch(
          () => {
            throw new BackendError('email_taken', `v2 register: identity ${input.email} exists`);
          },
        );
      }
      await request(
        'register.customer',
        '/store/customers',
        {
          method: 'POST',
          headers: { authorization: `Bearer ${registrationToken}` },
          body: {
            email: input.email,
            first_name: input.firstName,
            last_name: input.lastName,
            ...(input.phone ? { phone: input.phone } : {}),
          },
        },
        { 422: 'email_taken', 400: 'email_taken' },
      );
      // A new customer has no second step yet.
      return sessionFor(await authenticateFully(context, input.email, input.password));
    },

    async logIn(email, password) {
      const answer = await authenticate(context, email, password);
      if ('mfa_required' in answer) {
        return {
          status: 'second-step',
          pending: {
            challengeId: answer.mfa_challenge.id,
            token: answer.token,
            expiresAt: Date.parse(answer.mfa_challenge.expires_at),
          },
        };
      }
      return { status: 'signed-in', ...(await sessionFor(answer.token)) };
    },

    async logOut(session) {
      await request('logOut', '/auth/session', { method: 'DELETE', headers: asCustomer(session) });
    },

    async requestPasswordReset(email) {
      await request('requestPasswordReset', '/auth/customer/emailpass/reset-password', {
        method: 'POST',
        body: { identifier: email },
        headers: { accept: 'text/plain' },
      });
    },

    async resetPassword({ token, password }) {
      await request(
        'resetPassword',
        '/auth/customer/emailpass/update',
        { method: 'POST', body: { password }, headers: { authorization: `Bearer ${token}` } },
        { 401: 'invalid_token', 400: 'invalid_token', 403: 'invalid_token', 404: 'invalid_token' },
      );
    },
  };
}

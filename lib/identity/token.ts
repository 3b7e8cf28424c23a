import { randomUUID } from 'node:crypto';

import { SignJWT } from 'jose';

import type { IdentityApp } from './apps';
import { TOKEN_ALGORITHM, type SigningKeys } from './keys';

/** How long a token is good for, in seconds. */
export const TOKEN_LIFETIME_SECONDS = 300;

export type TokenCustomer = { id: string; email: string; companyName: string | null };

/**
 * A compact JWS telling `app` which customer is signed in: `sub` is the Medusa customer id;
 * `email` and `company` only for apps allowed to see them. Short-lived, and a fresh `jti`
 * each time, so an app can refuse a replay.
 */
export async function issueIdentityToken({
  issuer,
  app,
  customer,
  keys,
  now = Date.now(),
}: {
  issuer: string;
  app: IdentityApp;
  customer: TokenCustomer;
  keys: SigningKeys;
  now?: number;
}): Promise<{ token: string; expiresIn: number }> {
  const iat = Math.floor(now / 1000);
  const claims = app.shareEmail
    ? { email: customer.email, ...(customer.companyName ? { company: customer.companyName } : {}) }
    : {};
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: keys.current.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setAudience(app.clientId)
    .setSubject(customer.id)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(keys.current.key);
  return { token, expiresIn: TOKEN_LIFETIME_SECONDS };
}

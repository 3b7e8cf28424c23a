// Prints a new identity-token signing key (an EC P-256 private JWK) for IDENTITY_SIGNING_KEYS.
// To rotate: put the new key first in the array, keep the old one after it until the tokens
// it signed have expired (5 minutes), then drop it. Keep the output secret.
//
//   npm run identity-key [kid]
import { generateSigningJwk } from '../lib/identity/keys';

const kid = process.argv[2];
console.log(JSON.stringify(kid ? generateSigningJwk(kid) : generateSigningJwk()));

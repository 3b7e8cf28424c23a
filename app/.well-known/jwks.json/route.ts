import { NextResponse } from 'next/server';

import { getSigningKeys } from '@/lib/identity/keys';

// The public halves of the identity-token signing keys, current first, then the retired ones
// whose tokens have not all expired. Apps' servers fetch and cache it (jose's
// createRemoteJWKSet refetches on a kid it does not know, so a rotation is picked up at once).

export const dynamic = 'force-dynamic';

export async function GET() {
  const keys = getSigningKeys();
  return NextResponse.json(
    { keys: keys ? (await keys).published : [] },
    {
      headers: {
        'Cache-Control': 'public, max-age=600',
        // Public keys: any page may read them.
        'Access-Control-Allow-Origin': '*',
      },
    },
  );
}

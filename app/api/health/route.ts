import { NextResponse } from 'next/server';

// Liveness for the container's HEALTHCHECK and an orchestrator's probe: the server process is
// up and answering. Deliberately no backend call, so a Medusa outage (which the pages already
// answer with a friendly page) does not get a healthy storefront restarted.

// Answered per request, never prerendered at build time.
export const dynamic = 'force-dynamic';

export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}

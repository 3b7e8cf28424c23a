import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';

import {
  getOrderCache,
  isSignedOrderEvent,
  orderEventsSecret,
  SIGNATURE_HEADER,
} from '@/lib/order-cache';

// Medusa's order-events subscriber (backend/medusa-v2/src/subscribers/order-events.ts, and its
// v1 counterpart) posts here whenever a customer's orders change: an order placed, updated,
// cancelled, shipped, delivered, returned. The storefront then forgets what it kept of those
// customers' orders, so their next page shows the change. Signed with ORDER_EVENTS_SECRET;
// without that setting the cache is off and there is nothing to drop (404).

/** Larger bodies are refused before they are read in full. */
const MAX_BODY_BYTES = 16 * 1024;
const eventBody = z.object({
  customer_ids: z.array(z.string().min(1).max(128)).min(1).max(100),
});

const answer = (status: number) => new NextResponse(null, { status });

export async function POST(request: NextRequest) {
  const secret = orderEventsSecret();
  const cache = getOrderCache();
  if (!secret || !cache) return answer(404);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer(413);
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return answer(413);
  if (!isSignedOrderEvent(secret, request.headers.get(SIGNATURE_HEADER), body)) return answer(401);
  let parsed: z.infer<typeof eventBody>;
  try {
    parsed = eventBody.parse(JSON.parse(body));
  } catch {
    return answer(400);
  }
  try {
    await cache.drop(parsed.customer_ids);
  } catch (error) {
    // Medusa logs the failed delivery; the entries live out their time to live.
    console.error(`[order-cache] drop failed: ${error instanceof Error ? error.message : error}`);
    return answer(503);
  }
  return answer(204);
}

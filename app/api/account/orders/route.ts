import { NextResponse, type NextRequest } from 'next/server';

import { ERROR_COPY, describeFailure, errorKind } from '@/lib/error-messages';
import { getBackend } from '@/lib/medusa';
import { ORDERS_PAGE_SIZE, parsePageParam } from '@/lib/pagination';
import { readSession } from '@/lib/session';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** A page of the signed-in customer's orders, for the orders list's client cache. */
export async function GET(request: NextRequest) {
  const session = await readSession();
  if (!session)
    return NextResponse.json({ error: ERROR_COPY.unauthorized }, { status: 401, headers: PRIVATE });
  const page = parsePageParam(request.nextUrl.searchParams.get('page'));
  try {
    const orders = await getBackend().listOrders(session, { page, pageSize: ORDERS_PAGE_SIZE });
    return NextResponse.json(orders, { headers: PRIVATE });
  } catch (error) {
    const kind = errorKind(error);
    const message = describeFailure('api listOrders', error);
    return NextResponse.json(
      { error: message },
      { status: kind === 'unauthorized' ? 401 : 503, headers: PRIVATE },
    );
  }
}

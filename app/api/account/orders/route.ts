import { NextResponse, type NextRequest } from 'next/server';

import { toOrderRows } from '@/lib/orders/rows';
import { getCurrentCustomer } from '@/lib/auth';
import { ERROR_COPY, describeFailure, errorKind } from '@/lib/error-messages';
import { orderList, readOwnOrdersFor } from '@/lib/own-orders';
import { ORDERS_PAGE_SIZE, parsePageParam } from '@/lib/pagination';
import { readSession } from '@/lib/session';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

const unauthorized = () =>
  NextResponse.json({ error: ERROR_COPY.unauthorized }, { status: 401, headers: PRIVATE });

/** A page of the signed-in customer's orders as the table's rows, for the orders list's client cache. */
export async function GET(request: NextRequest) {
  const stored = await readSession();
  if (!stored) return unauthorized();
  const page = parsePageParam(request.nextUrl.searchParams.get('page'));
  try {
    // As on the pages: shown only once the session is known to be current.
    const orders = await readOwnOrdersFor(
      getCurrentCustomer,
      stored.token,
      orderList({ page, pageSize: ORDERS_PAGE_SIZE }),
    );
    if (!orders) return unauthorized();
    return NextResponse.json(toOrderRows(orders), { headers: PRIVATE });
  } catch (error) {
    const kind = errorKind(error);
    const message = describeFailure('api listOrders', error);
    return NextResponse.json(
      { error: message },
      { status: kind === 'unauthorized' ? 401 : 503, headers: PRIVATE },
    );
  }
}

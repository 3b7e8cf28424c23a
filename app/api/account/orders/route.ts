import { NextResponse, type NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';

import { toOrderRows } from '@/lib/orders/rows';
import { getCurrentCustomer } from '@/lib/auth';
import { ERROR_COPY, describeFailure, errorKind } from '@/lib/error-messages';
import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import { orderList, readOwnOrdersFor } from '@/lib/own-orders';
import { ORDERS_PAGE_SIZE, parsePageParam } from '@/lib/pagination';
import { readSession } from '@/lib/session';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** A failure, its copy in the shopper's language (the request's cookie or Accept-Language). */
async function failure(ref: MessageRef, status: number) {
  const t = await getTranslations();
  return NextResponse.json({ error: translateMessage(t, ref) }, { status, headers: PRIVATE });
}

const unauthorized = () => failure(ERROR_COPY.unauthorized, 401);

/**
 * A page of the signed-in customer's orders as the table's rows, for the orders list's client
 * cache. The rows are data and catalogue keys, no words (lib/orders/order-row.ts): the table
 * translates them as it renders. The products' titles come in the request's language, where the
 * store translates them (lib/own-orders.ts), and the browser keeps pages by language.
 */
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
    return failure(message, kind === 'unauthorized' ? 401 : 503);
  }
}

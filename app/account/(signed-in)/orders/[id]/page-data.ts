import 'server-only';

import { notFound } from 'next/navigation';

import { readAsCustomer } from '@/lib/auth';
import { getBackend, isBackendError, type Order } from '@/lib/medusa';

/** One of the signed-in customer's own orders; anyone else's, or a made-up id, is a 404. */
export async function getOwnOrder(id: string): Promise<Order> {
  const here = `/account/orders/${encodeURIComponent(id)}`;
  const { data } = await readAsCustomer(here, (session) =>
    getBackend()
      .retrieveOrder(session, id)
      .catch((error: unknown) => {
        if (isBackendError(error, 'not_found')) notFound();
        throw error;
      }),
  );
  return data;
}

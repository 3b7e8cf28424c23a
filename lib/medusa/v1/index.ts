import 'server-only';

import { composeBackend } from '../adapter';
import type { StoreBackend } from '../../store/backend';
import type { AdapterOptions } from '../call';
import { addressMethods as addresses } from './addresses';
import { authMethods as auth } from './auth';
import { createV1Context } from './client';
import { customerMethods as customer } from './customer';
import { guestOrderMethodsV1 as guestOrders } from './guest-orders';
import { orderMethods as orders } from './orders';
import { photoMethods as photos } from './photos';
import { returnMethods as returns } from './returns';

// The Medusa v1 adapter, one module a concern; only this folder imports @medusajs/medusa-js.
// v1 has no second factor at sign-in, so it has no two-step part.

export function createV1Backend(options: AdapterOptions): StoreBackend {
  const context = createV1Context(options);
  return composeBackend(context, auth, customer, photos, addresses, orders, returns, guestOrders);
}

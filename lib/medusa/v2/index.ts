import 'server-only';

import { composeBackend } from '../adapter';
import type { StoreBackend } from '../../store/backend';
import type { AdapterOptions } from '../call';
import { addressMethods as addresses } from './addresses';
import { authMethods as auth } from './auth';
import { createV2Context } from './client';
import { customerMethods as customer } from './customer';
import { guestOrderMethodsV2 as guestOrders } from './guest-orders';
import { orderMethods as orders } from './orders';
import { photoMethods as photos } from './photos';
import { productTitleMethods as productTitles } from './products';
import { returnMethods as returns } from './returns';
import { twoStepMethods as twoStep } from './two-step';

// The Medusa v2 adapter, one module a concern; only this folder imports @medusajs/js-sdk.

export function createV2Backend(options: AdapterOptions): StoreBackend {
  const context = createV2Context(options);
  return composeBackend(
    context,
    auth,
    twoStep,
    customer,
    photos,
    addresses,
    orders,
    returns,
    guestOrders,
    productTitles,
  );
}

import 'server-only';

import { z } from 'zod';

import type { ReturnMethods } from '../adapter';
import { fromMinorUnits } from '../money';
import { ownReturnMethods } from '../return-methods';
import * as wire from '../wire';
import type { V1Context } from './client';
import { orderMethods } from './orders';

const reasonsBody = z.object({
  return_reasons: z.array(z.object({ id: z.string(), label: z.string() })),
});
const optionsBody = z.object({
  shipping_options: z.array(
    z.object({ id: z.string(), name: z.string().nullish(), amount: wire.rawMoney }),
  ),
});
const regionBody = wire.rawListOf(
  'orders',
  z.object({ id: z.string(), region_id: z.string(), currency_code: z.string() }),
);

/** Returns on Medusa v1: its return reasons, its return shipping options in the order's region. */
export function returnMethods(context: V1Context): ReturnMethods {
  const { call, medusa, asCustomer } = context;
  return ownReturnMethods('v1', orderMethods(context), {
    async choices(session, orderId) {
      const [own, reasons] = await Promise.all([
        call('retrieveOrder', () =>
          medusa.customers.listOrders(
            { id: orderId, limit: 1, offset: 0, fields: 'id,region_id,currency_code' },
            asCustomer(session),
          ),
        ),
        call('listReturnReasons', () => medusa.returnReasons.list()),
      ]);
      const order = wire.requireById(
        wire.parseResponse(regionBody, own, 'v1 retrieveOrder').orders,
        orderId,
        'v1 returnChoices',
      );
      const options = await call('listReturnShippingOptions', () =>
        medusa.shippingOptions.list({ is_return: 'true', region_id: order.region_id }),
      );
      return {
        reasons: wire.parseResponse(reasonsBody, reasons, 'v1 listReturnReasons').return_reasons,
        shippingOptions: wire
          .parseResponse(optionsBody, options, 'v1 listReturnShippingOptions')
          .shipping_options.map((option) => ({
            id: option.id,
            name: option.name ?? 'Return shipping',
            price: fromMinorUnits(option.amount, order.currency_code),
          })),
      };
    },
    async create({ orderId, items, shippingOptionId, note }) {
      await call('createReturn', () =>
        medusa.returns.create({
          order_id: orderId,
          items: items.map((item) => ({
            item_id: item.lineId,
            quantity: item.quantity,
            ...(item.reasonId ? { reason_id: item.reasonId } : {}),
            ...(note ? { note } : {}),
          })),
          return_shipping: { option_id: shippingOptionId },
        }),
      );
    },
  });
}

import 'server-only';

import { z } from 'zod';

import type { ReturnMethods } from '../adapter';
import { fromMajorUnits } from '../money';
import { ownReturnMethods } from '../return-methods';
import * as wire from '../wire';
import type { V2Context } from './client';
import { orderMethods } from './orders';

const reasonsBody = z.object({
  return_reasons: z.array(z.object({ id: z.string(), label: z.string() })),
});
const optionsBody = z.object({
  shipping_options: z.array(
    z.object({
      id: z.string(),
      name: z.string().nullish(),
      amount: wire.rawMoney,
      calculated_price: z.object({ calculated_amount: wire.rawMoney }).nullish(),
    }),
  ),
});
const cartBody = wire.rawListOf(
  'orders',
  z.object({
    id: z.string(),
    currency_code: z.string(),
    cart: z.object({ id: z.string() }).nullish(),
  }),
);

/**
 * Returns on Medusa v2: its return reasons, and the shipping options marked as return options
 * that serve the order's cart (`GET /store/shipping-options?cart_id=…&is_return=true`).
 */
export function returnMethods(context: V2Context): ReturnMethods {
  const { request, asCustomer } = context;
  return ownReturnMethods('v2', orderMethods(context), {
    async choices(session, orderId) {
      const [own, reasons] = await Promise.all([
        request('retrieveOrder', '/store/orders', {
          query: { id: orderId, limit: 1, fields: 'id,currency_code,cart.id' },
          headers: asCustomer(session),
        }),
        request('listReturnReasons', '/store/return-reasons', {}),
      ]);
      const order = wire.requireById(
        wire.parseResponse(cartBody, own, 'v2 retrieveOrder').orders,
        orderId,
        'v2 returnChoices',
      );
      const options = order.cart
        ? wire.parseResponse(
            optionsBody,
            await request('listReturnShippingOptions', '/store/shipping-options', {
              query: { cart_id: order.cart.id, is_return: 'true' },
            }),
            'v2 listReturnShippingOptions',
          ).shipping_options
        : [];
      return {
        reasons: wire.parseResponse(reasonsBody, reasons, 'v2 listReturnReasons').return_reasons,
        shippingOptions: options.map((option) => ({
          id: option.id,
          name: option.name ?? 'Return shipping',
          price: fromMajorUnits(
            option.calculated_price?.calculated_amount ?? option.amount,
            order.currency_code,
          ),
        })),
      };
    },
    async create({ orderId, items, shippingOptionId, note }) {
      // Never `receive_now` or `location_id`: those are the merchant's to decide.
      await request('createReturn', '/store/returns', {
        method: 'POST',
        body: {
          order_id: orderId,
          items: items.map((item) => ({
            id: item.lineId,
            quantity: item.quantity,
            ...(item.reasonId ? { reason_id: item.reasonId } : {}),
          })),
          return_shipping: { option_id: shippingOptionId },
          ...(note ? { note } : {}),
        },
      });
    },
  });
}

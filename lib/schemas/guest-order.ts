import * as z from 'zod/mini';

// What a shopper types to add an order they placed without an account: the order's id from
// its confirmation email (`order_` and 26 letters and digits on both Medusa versions). Not the
// order number (#1042): numbers are counted up one by one, so anyone could try their
// neighbours', and the store's transfer routes take the id. Spaces around a pasted id, and an
// id pasted with its `#`, are forgiven.

export const ORDER_ID_MESSAGE = 'validation.orderId.invalid';
const ORDER_NUMBER_MESSAGE = 'validation.orderId.isOrderNumber';

/** `order_` and letters and digits, as both Medusa versions make them; bounded. */
const ORDER_ID = /^order_[0-9A-Za-z]{1,64}$/;

export const orderIdField = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(100, ORDER_ID_MESSAGE)),
    z.transform((value: string) => value.trim().replace(/^#/, '')),
  ),
  z.string().check(
    z.minLength(1, ORDER_ID_MESSAGE),
    z.refine((value) => !/^\d+$/.test(value), ORDER_NUMBER_MESSAGE),
    z.refine((value) => /^\d+$/.test(value) || ORDER_ID.test(value), ORDER_ID_MESSAGE),
  ),
);

export const guestOrderSchema = z.object({ orderId: orderIdField });

import { z } from 'zod';

// What both versions answer about an order someone wants to move into their account: its
// public order route (`GET /store/orders/:id`, answered to anyone holding the id) names the
// address it was placed with and whose it is now. Where the route leaves the owner's
// `has_account` out (a Medusa v2 store without the dev backend's middleware), whether another
// account holds the order is unknown, and the mailbox's owner decides by the link.

export const rawOrderOwnerSchema = z.object({
  order: z.object({
    id: z.string(),
    email: z.string().nullish(),
    customer_id: z.string().nullish(),
    customer: z.object({ has_account: z.boolean().nullish() }).nullish(),
  }),
});

/** Whose an order is, as far as the store API says. */
export type OrderOwner = {
  email: string | null;
  /** The customer the order belongs to now: a guest's record, or an account. */
  customerId: string | null;
  /** Whether that customer has an account; null where the store API does not say. */
  hasAccount: boolean | null;
};

export function toOrderOwner(raw: z.infer<typeof rawOrderOwnerSchema>): OrderOwner {
  const { order } = raw;
  return {
    email: order.email ?? null,
    customerId: order.customer_id ?? null,
    hasAccount: order.customer?.has_account ?? null,
  };
}

/** The order is held by an account that is not `customerId`'s. */
export const inAnotherAccount = (owner: OrderOwner, customerId: string) =>
  owner.hasAccount === true && owner.customerId !== customerId;

// What the storefront says while a shopper adds an order they placed without an account: the
// address the confirmation went to, shown masked, and fixed copy for every outcome. Pure, so
// the wording and the masking are unit-tested as they are.

/**
 * The address the order was placed with, masked: its first character and its domain
 * (`g***@example.com`), enough for the shopper to know which mailbox to open, not enough to
 * hand a whole address to whoever typed the id.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (at < 1 || !domain) return '***';
  return `${email[0]}***@${domain}`;
}

export const GUEST_ORDER_COPY = {
  notOffered: 'This store cannot add orders placed without an account.',
  notFound:
    'We found no order with that id. Check it against your order confirmation email: it starts with order_.',
  alreadyYours: 'This order is already in your account.',
  inAnotherAccount: 'This order is already in an account, so it cannot be added to yours.',
  refused:
    'This order cannot be added to an account right now. If you think it should be, contact the store.',
  linkUnusable:
    'This link has expired or has already been used. Ask for a new one: enter the order id again.',
} as const;

/** What the form says once the confirmation is on its way. */
export function sentMessage(maskedEmail: string, expiresInMinutes: number | null): string {
  const lifetime = expiresInMinutes ? ` The link works for ${expiresInMinutes} minutes.` : '';
  return (
    `We have emailed a confirmation link to ${maskedEmail}, the address this order was placed ` +
    `with. Open that link to add the order to your account.${lifetime}`
  );
}

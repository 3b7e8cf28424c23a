import { messageRef, type MessageRef } from '../i18n/message';

// What the storefront says while a shopper adds an order they placed without an account: the
// address the confirmation went to, shown masked, and fixed copy for every outcome, as
// catalogue keys (`guestOrder`) that the form and the pages show in the shopper's language.
// Pure, so the masking and the messages are unit-tested as they are.

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
  notOffered: 'guestOrder.notOffered',
  notFound: 'guestOrder.notFound',
  alreadyYours: 'guestOrder.alreadyYours',
  inAnotherAccount: 'guestOrder.inAnotherAccount',
  refused: 'guestOrder.refused',
  linkUnusable: 'guestOrder.linkUnusable',
} as const satisfies Record<string, MessageRef>;

/** What the form says once the confirmation is on its way, to the masked address. */
export function sentMessage(maskedEmail: string, expiresInMinutes: number | null): MessageRef {
  return expiresInMinutes
    ? messageRef('guestOrder.sentWithLifetime', { email: maskedEmail, minutes: expiresInMinutes })
    : messageRef('guestOrder.sent', { email: maskedEmail });
}

import fs from 'node:fs';

export type ResetMail = { email: string; token: string; link: string; at: string };

/**
 * A mail confirming that an order placed without an account goes into an account: Medusa v2's
 * order transfer (`kind` "order-transfer"), v1's order claim ("order-claim"). `email` is the
 * address the order was placed with.
 */
export type ClaimMail = ResetMail & { kind: 'order-transfer' | 'order-claim'; order: string };

/** Every mail in the outbox; the reset mails carry no `kind`. */
type OutboxMail = ResetMail & { kind?: string; order?: string };

const isResetMail = (mail: OutboxMail): mail is ResetMail => mail.kind === undefined;
const isClaimMail = (mail: OutboxMail): mail is ClaimMail =>
  mail.kind === 'order-transfer' || mail.kind === 'order-claim';

function readMails(file: string): OutboxMail[] {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  // Only whole lines: the backend may be half-way through appending the newest mail (it ends
  // each with a newline), which the next read will see complete.
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxMail);
}

/** The newest mail to `email` since `since` that `matches`, waited for as a person waits. */
async function waitForMail<Mail extends OutboxMail>(
  file: string,
  email: string,
  since: Date,
  matches: (mail: OutboxMail) => mail is Mail,
  timeoutMs: number,
  what: string,
): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = readMails(file)
      .filter(matches)
      .filter((m) => m.email.toLowerCase() === email.toLowerCase() && new Date(m.at) >= since)
      .at(-1);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${what} for ${email} in ${file} within ${timeoutMs} ms`);
}

/**
 * Waits for the newest password-reset mail to `email` that arrived after `since` (Medusa v1
 * delivers the event a few seconds late), as a person waits for their mail.
 */
export async function waitForResetMail(
  file: string,
  email: string,
  since: Date,
  timeoutMs = 15_000,
): Promise<ResetMail> {
  return waitForMail(file, email, since, isResetMail, timeoutMs, 'reset mail');
}

/**
 * Waits for the newest mail to `email` (the address the order was placed with) confirming
 * that order `orderId` goes into an account, sent after `since`, whose token is not one of
 * `seen` (the links of earlier requests).
 */
export async function waitForClaimMail(
  file: string,
  email: string,
  orderId: string,
  since: Date,
  { seen = [], timeoutMs = 15_000 }: { seen?: readonly string[]; timeoutMs?: number } = {},
): Promise<ClaimMail> {
  const forOrder = (mail: OutboxMail): mail is ClaimMail =>
    isClaimMail(mail) && mail.order === orderId && !seen.includes(mail.token);
  return waitForMail(file, email, since, forOrder, timeoutMs, `claim mail for ${orderId}`);
}

/** The mail's link as a path on whichever storefront instance the test drives. */
export function linkPath(mail: Pick<ResetMail, 'link'>): string {
  const url = new URL(mail.link);
  return `${url.pathname}${url.search}`;
}

/** The password-reset mails to `email`. */
export function mailsTo(file: string, email: string): ResetMail[] {
  return readMails(file)
    .filter(isResetMail)
    .filter((m) => m.email.toLowerCase() === email.toLowerCase());
}

/** The mails about orders going into an account, to `email`. */
export function claimMailsTo(file: string, email: string): ClaimMail[] {
  return readMails(file)
    .filter(isClaimMail)
    .filter((m) => m.email.toLowerCase() === email.toLowerCase());
}

import fs from 'node:fs';

export type ResetMail = { email: string; token: string; link: string; at: string };

function readMails(file: string): ResetMail[] {
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
    .map((line) => JSON.parse(line) as ResetMail);
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
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = readMails(file)
      .filter((m) => m.email.toLowerCase() === email.toLowerCase() && new Date(m.at) >= since)
      .at(-1);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no reset mail for ${email} in ${file} within ${timeoutMs} ms`);
}

/** The mail's link as a path on whichever storefront instance the test drives. */
export function linkPath(mail: ResetMail): string {
  const url = new URL(mail.link);
  return `${url.pathname}${url.search}`;
}

export function mailsTo(file: string, email: string): ResetMail[] {
  return readMails(file).filter((m) => m.email.toLowerCase() === email.toLowerCase());
}

import type { Locator, Page } from '@playwright/test';

export type PlainFormAnswer = { status: number; location: string | undefined; text: string };

/**
 * A form as a browser without JavaScript sends it, for sending it many times at once: the
 * hidden fields the page rendered (the server action's reference and state) with the fields
 * given, as multipart from the page's own origin, with the page's cookies. Answers what the
 * storefront sent back, without following a redirect.
 */
export async function plainFormSender(page: Page, form: Locator) {
  const hidden = await form
    .locator('input[type="hidden"]')
    .evaluateAll((inputs) =>
      inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]),
    );
  const url = new URL(page.url());
  return async (fields: Record<string, string>): Promise<PlainFormAnswer> => {
    const response = await page.context().request.post(url.href, {
      multipart: { ...Object.fromEntries(hidden), ...fields },
      headers: { origin: url.origin },
      maxRedirects: 0,
    });
    return {
      status: response.status(),
      location: response.headers().location,
      text: await response.text(),
    };
  };
}

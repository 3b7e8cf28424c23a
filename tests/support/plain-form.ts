import type { Locator, Page } from '@playwright/test';

export type PlainFormAnswer = {
  status: number;
  location: string | undefined;
  /** The page as the storefront sent it, scripts and their data included (for leaks). */
  html: string;
  /**
   * The page as a person sees it: the markup without its scripts, whose data holds the words
   * the page's client components may show (every message of its forms), shown or not.
   */
  text: string;
};

/** The markup of a page without its script elements. */
export const withoutScripts = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

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
    const html = await response.text();
    return {
      status: response.status(),
      location: response.headers().location,
      html,
      text: withoutScripts(html),
    };
  };
}

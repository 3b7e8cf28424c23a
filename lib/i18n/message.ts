// A message as data: a catalogue key, with the values its placeholders take, in one string.
// zod rules and server actions cannot translate (the rules run in the browser too, and an
// action's state is shown by a client form), so they carry these, and whoever shows one
// translates it in the shopper's language (`useMessage`, `translateMessage`).

/** `validation.useAtMost?{"max":256}`: a catalogue key, and the values of its placeholders. */
export type MessageRef = string;

type Values = Record<string, string | number>;

/** A catalogue key with its placeholders' values, as one string. */
export function messageRef(key: string, values?: Values): MessageRef {
  if (!values || Object.keys(values).length === 0) return key;
  return `${key}?${JSON.stringify(values)}`;
}

/**
 * The key and the values of a message, each value as it was given (a number for a plural, a
 * title such as "007" as text); a ref whose values do not read is its key alone.
 */
export function readMessageRef(ref: MessageRef): { key: string; values: Values } {
  const at = ref.indexOf('?');
  if (at < 0) return { key: ref, values: {} };
  const key = ref.slice(0, at);
  try {
    const parsed: unknown = JSON.parse(ref.slice(at + 1));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { key, values: {} };
    const values: Values = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    }
    return { key, values };
  } catch {
    return { key, values: {} };
  }
}

/** A translator of full keys, as this module calls it. */
type LooseTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * next-intl's `t` of the root namespace (`useTranslations()`, `getTranslations()`). Its keys are
 * typed by the English catalogue; a ref's key is data, checked by a unit test instead.
 */
type Translator = { has(key: never): boolean };

/**
 * The message in the translator's language. A ref that names no key (it should not happen:
 * a test checks every key the code uses) shows the generic failure rather than the raw key.
 */
export function translateMessage(t: Translator, ref: MessageRef): string {
  const translate = t as unknown as LooseTranslator;
  const { key, values } = readMessageRef(ref);
  return translate.has(key) ? translate(key, values) : translate('errors.unavailable');
}

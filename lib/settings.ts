import { readFileSync } from 'node:fs';

/** A setting that cannot be used; its message names the variable and what is wrong. */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingError';
  }
}

/**
 * A setting given as the variable `name`, else in the file `<name>_FILE` names (a key a
 * container wrote to a shared volume, a secret mounted as a file), with where it came from,
 * for messages. Undefined when neither is set; a named file that cannot be read is a
 * deployment mistake and throws.
 */
export function readSetting(
  env: Record<string, string | undefined>,
  name: string,
): { text: string; source: string } | undefined {
  const value = env[name];
  if (value) return { text: value, source: name };
  const file = env[`${name}_FILE`];
  if (!file) return undefined;
  const source = `${name}_FILE "${file}"`;
  try {
    return { text: readFileSync(file, 'utf8'), source };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SettingError(`${source} cannot be read (${code})`);
  }
}

/** What the store is called when STORE_NAME is not set (the dev backends' seed says the same). */
export const DEFAULT_STORE_NAME = 'Medusa Store';

/**
 * The store's name as shoppers see it, over every page and on a receipt: STORE_NAME. Medusa's
 * store API does not tell a storefront the store's name, so the storefront is told it here.
 */
export function storeName(env: Record<string, string | undefined> = process.env): string {
  return env.STORE_NAME?.trim() || DEFAULT_STORE_NAME;
}

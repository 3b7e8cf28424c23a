// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

import { SUPPORTED_LOCALES } from '@/lib/i18n/locales';

// Every catalogue in messages/ against the English one (the source): the same keys, each
// message valid ICU (as next-intl's intl-messageformat reads it) with the same placeholders as
// English, and plurals written with the forms the language has. Reads whatever catalogues and
// namespaces are there, so a namespace added in English and forgotten in another language, or
// a translation that renames `{max}`, fails here rather than on a shopper's page.

const MESSAGES = path.resolve(import.meta.dirname, '../../messages');
const SOURCE = 'en';

type Catalogue = { locale: string; messages: Map<string, string>; notMessages: string[] };

/** The catalogue's messages by full key (`validation.email.required`), in file order. */
function readCatalogue(locale: string): Catalogue {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(MESSAGES, `${locale}.json`), 'utf8'));
  const messages = new Map<string, string>();
  const notMessages: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') {
      messages.set(prefix, node);
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [key, value] of Object.entries(node))
        walk(value, prefix ? `${prefix}.${key}` : key);
    } else {
      notMessages.push(prefix || '(the file)');
    }
  };
  walk(json, '');
  return { locale, messages, notMessages };
}

const locales = fs
  .readdirSync(MESSAGES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();
const catalogues = new Map(locales.map((locale) => [locale, readCatalogue(locale)]));
const source = catalogues.get(SOURCE);
const translations = locales.filter((locale) => locale !== SOURCE);

/** The message's syntax tree, or the parser's complaint. */
function parsed(message: string): MessageFormatElement[] | Error {
  try {
    return parse(message);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Calls `visit` on every element of a tree, inside plural and select options and tags too. */
function walkElements(
  elements: MessageFormatElement[],
  visit: (element: MessageFormatElement) => void,
) {
  for (const element of elements) {
    visit(element);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) walkElements(option.value, visit);
    } else if (element.type === TYPE.tag) {
      walkElements(element.children, visit);
    }
  }
}

/** The argument names (`{max}`, `{minutes, plural, …}`) and tag names (`<link>`) a message uses. */
function placeholders(elements: MessageFormatElement[]): { args: string[]; tags: string[] } {
  const args = new Set<string>();
  const tags = new Set<string>();
  walkElements(elements, (element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return;
    if (element.type === TYPE.tag) tags.add(element.value);
    else args.add(element.value);
  });
  return { args: [...args].sort(), tags: [...tags].sort() };
}

/** Each message of a catalogue that parses, with its tree. */
function parsedMessages(catalogue: Catalogue) {
  return [...catalogue.messages].flatMap(([key, message]) => {
    const tree = parsed(message);
    return tree instanceof Error ? [] : [{ key, tree }];
  });
}

const EXACT_SELECTOR = /^=-?\d+(\.\d+)?$/;

describe('the catalogues', () => {
  it('are the languages lib/i18n/locales.ts offers (SUPPORTED_LOCALES), English among them', () => {
    expect(locales).toContain(SOURCE);
    expect([...SUPPORTED_LOCALES].sort()).toEqual(locales);
  });
});

describe.each(locales)('messages/%s.json', (locale) => {
  const catalogue = catalogues.get(locale)!;

  it('holds only namespaces and messages (strings)', () => {
    expect(catalogue.notMessages).toEqual([]);
    expect(catalogue.messages.size).toBeGreaterThan(0);
  });

  it('parses as ICU MessageFormat, message by message', () => {
    const invalid = [...catalogue.messages].flatMap(([key, message]) => {
      const tree = parsed(message);
      return tree instanceof Error ? [`${key}: ${tree.message} in ${JSON.stringify(message)}`] : [];
    });
    expect(invalid).toEqual([]);
  });

  it('writes plurals with an `other` form and only the plural forms the language has', () => {
    const problems: string[] = [];
    for (const { key, tree } of parsedMessages(catalogue)) {
      walkElements(tree, (element) => {
        if (element.type === TYPE.select && !('other' in element.options)) {
          problems.push(`${key}: {${element.value}, select} has no \`other\``);
        }
        if (element.type !== TYPE.plural) return;
        const type = element.pluralType ?? 'cardinal';
        const categories = new Intl.PluralRules(locale, { type }).resolvedOptions()
          .pluralCategories as string[];
        const selectors = Object.keys(element.options);
        if (!selectors.includes('other')) {
          problems.push(`${key}: {${element.value}, plural} has no \`other\``);
        }
        for (const selector of selectors) {
          if (!EXACT_SELECTOR.test(selector) && !categories.includes(selector)) {
            problems.push(
              `${key}: {${element.value}} uses \`${selector}\`, which ${locale} has not (${categories.join(', ')})`,
            );
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });
});

describe.each(translations)('messages/%s.json against English', (locale) => {
  const catalogue = catalogues.get(locale)!;
  const english = source?.messages ?? new Map<string, string>();

  it('has every English key and no other', () => {
    const keys = [...catalogue.messages.keys()];
    expect({
      missing: [...english.keys()].filter((key) => !catalogue.messages.has(key)),
      extra: keys.filter((key) => !english.has(key)),
    }).toEqual({ missing: [], extra: [] });
  });

  it('uses the placeholders and tags English uses, message by message', () => {
    const differences: string[] = [];
    for (const [key, message] of catalogue.messages) {
      const englishMessage = english.get(key);
      if (englishMessage === undefined) continue;
      const theirs = parsed(message);
      const ours = parsed(englishMessage);
      if (theirs instanceof Error || ours instanceof Error) continue;
      const expected = placeholders(ours);
      const actual = placeholders(theirs);
      if (expected.args.join() !== actual.args.join()) {
        differences.push(
          `${key}: {${actual.args.join('} {')}} where English has {${expected.args.join('} {')}}`,
        );
      }
      if (expected.tags.join() !== actual.tags.join()) {
        differences.push(
          `${key}: <${actual.tags.join('> <')}> where English has <${expected.tags.join('> <')}>`,
        );
      }
    }
    expect(differences).toEqual([]);
  });
});

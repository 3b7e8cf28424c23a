import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import en from '@/messages/en.json';

// Code that cannot translate carries catalogue keys as data (MessageRef: zod rules, actions'
// answers, lib/). The compiler checks the keys pages and components pass to `t`; this checks
// those others: every string in the source that names a catalogue namespace and a key below it
// must name a message of the English catalogue (a key under a template, `x.${y}`, is checked
// up to its fixed part).

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['app', 'components', 'lib', 'i18n'];
const NAMESPACES = Object.keys(en);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

type Tree = { [key: string]: string | Tree };

function lookup(key: string): string | Tree | undefined {
  return key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
      en as Tree,
    );
}

const KEY = new RegExp(`['\`"]((?:${NAMESPACES.join('|')})\\.[A-Za-z0-9_.-]*)(\\$\\{)?`, 'g');

describe('catalogue keys in the code', () => {
  const found: { file: string; key: string; template: boolean; namespace: boolean }[] = [];
  for (const file of SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    // Comments name keys in prose (`loginPage.notices.<notice>`): only code counts.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\s\/\/\s.*$/gm, '');
    for (const match of text.matchAll(KEY)) {
      // `useTranslations('returnForm.review')` names a group of messages, not one.
      const namespace = /Translations\($/.test(
        text.slice(Math.max(0, match.index - 20), match.index),
      );
      found.push({
        file: path.relative(ROOT, file),
        key: match[1]!,
        template: !!match[2],
        namespace,
      });
    }
  }

  it('finds the keys the code carries', () => {
    expect(found.length).toBeGreaterThan(20);
  });

  it('every key names a message (a namespace or a template: a group) of the English catalogue', () => {
    const missing = found.flatMap(({ file, key, template, namespace }) => {
      if (namespace) return typeof lookup(key) === 'object' ? [] : [`${file}: ${key} (a group)`];
      if (template) {
        const fixed = key.replace(/\.$/, '');
        return typeof lookup(fixed) === 'object' ? [] : [`${file}: ${key}\${…}`];
      }
      return typeof lookup(key) === 'string' ? [] : [`${file}: ${key}`];
    });
    expect(missing).toEqual([]);
  });
});

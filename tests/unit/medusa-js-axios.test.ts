// @vitest-environment node
// The v1 adapter's HTTP goes through the axios that @medusajs/medusa-js (and its retry-axios)
// load. medusa-js 6.1.10 asks for axios ^0.24, which has known vulnerabilities, among them
// CVE-2025-27152 (a request to an absolute URL leaves the base URL, with its headers; 0.30.0
// adds `allowAbsoluteUrls`). package.json overrides the version for the whole tree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const FIXED = [0, 30, 0];

const root = path.resolve(import.meta.dirname, '../..');
const fromRoot = createRequire(path.join(root, 'package.json'));

/** The directory of the package `name` as Node finds it from `dir`. */
function packageDir(name: string, dir: string): string {
  let at = path.dirname(createRequire(path.join(dir, 'package.json')).resolve(name));
  while (!existsSync(path.join(at, 'package.json')) || readPackage(at).name !== name) {
    const up = path.dirname(at);
    if (up === at) throw new Error(`no package.json of ${name} above ${dir}`);
    at = up;
  }
  return at;
}

function readPackage(dir: string): { name?: string; version: string } {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** Every copy of axios installed anywhere under node_modules, nested ones included. */
function installedCopies(modules: string): string[] {
  if (!existsSync(modules)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(modules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(dir, { withFileTypes: true })) {
        if (scoped.isDirectory())
          found.push(...installedCopies(path.join(dir, scoped.name, 'node_modules')));
      }
      continue;
    }
    if (entry.name === 'axios') found.push(dir);
    found.push(...installedCopies(path.join(dir, 'node_modules')));
  }
  return found;
}

const atLeastFixed = (version: string) => {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < FIXED.length; i += 1) {
    if (parts[i]! !== FIXED[i]!) return parts[i]! > FIXED[i]!;
  }
  return true;
};

describe('the axios under @medusajs/medusa-js', () => {
  const medusaJs = path.dirname(fromRoot.resolve('@medusajs/medusa-js/package.json'));

  it('is 0.30.0 or later, where CVE-2025-27152 is fixed', () => {
    const loaded = {
      '@medusajs/medusa-js': packageDir('axios', medusaJs),
      'retry-axios': packageDir('axios', packageDir('retry-axios', medusaJs)),
    };
    for (const [by, dir] of Object.entries(loaded)) {
      const { version } = readPackage(dir);
      expect(atLeastFixed(version), `axios ${version} loaded by ${by} (${dir})`).toBe(true);
    }
  });

  it('is the only kind installed: no older copy anywhere in node_modules', () => {
    const copies = installedCopies(path.join(root, 'node_modules'));
    expect(copies.length).toBeGreaterThan(0);
    for (const dir of copies) {
      const { version } = readPackage(dir);
      expect(atLeastFixed(version), `axios ${version} at ${path.relative(root, dir)}`).toBe(true);
    }
  });
});

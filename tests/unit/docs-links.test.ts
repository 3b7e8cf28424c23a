// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

// The documentation links to itself a great deal (README → docs/ → CONTRIBUTING and back), and
// a heading renamed or a section moved breaks a link without anyone noticing on GitHub. So every
// relative link must name a file that exists, and every `#anchor` a heading of its target.

const ROOT = path.resolve(import.meta.dirname, '../..');

function documents() {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join('docs', name));
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

/** The text outside fenced code blocks, line for line (a `# comment` in a shell block is no heading). */
function outsideCode(markdown: string) {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return '';
    }
    return fence ? '' : line;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link in a heading: its text
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a document's headings produce, with GitHub's -1, -2… for repeated ones. */
function anchors(markdown: string) {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of outsideCode(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** The targets of inline links and images, and of reference definitions, outside code. */
function linkTargets(markdown: string) {
  const text = outsideCode(markdown)
    .join('\n')
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
  const targets: string[] = [];
  for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push(match[1] ?? '');
  }
  for (const match of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    targets.push(match[1] ?? '');
  }
  return targets;
}

/** What is wrong with the links of `markdown`, a file at `file` (relative to ROOT). */
function brokenLinks(markdown: string, file: string) {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:: not ours to check
    const [pathPart = '', anchor] = target.split('#', 2);
    const targetFile = pathPart
      ? path.join(path.dirname(file), decodeURIComponent(pathPart))
      : file;
    if (!pathPart && anchor === undefined) {
      problems.push(`${file}: empty link`);
      continue;
    }
    if (!fs.existsSync(path.join(ROOT, targetFile))) {
      problems.push(`${file}: ${target}: no file ${targetFile}`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!targetFile.endsWith('.md')) {
      problems.push(`${file}: ${target}: an anchor into a file that is not Markdown`);
    } else if (
      !anchors(pathPart ? readDocument(targetFile) : markdown).has(decodeURIComponent(anchor))
    ) {
      problems.push(`${file}: ${target}: no heading in ${targetFile} makes #${anchor}`);
    }
  }
  return problems;
}

function readDocument(file: string) {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

describe('documentation links', () => {
  it.each(documents())('%s: every relative link and anchor resolves', (file) => {
    expect(brokenLinks(readDocument(file), file)).toEqual([]);
  });

  it('makes the anchors GitHub makes', () => {
    const headings = [
      "### Reproducing a customer's flow (support staff)",
      '## Orders: where is my order',
      '### `npm run test:docker`',
      '## Notes',
      '## Notes',
      '```sh',
      '# not a heading, a shell comment',
      '```',
    ].join('\n');
    expect([...anchors(headings)]).toEqual([
      'reproducing-a-customers-flow-support-staff',
      'orders-where-is-my-order',
      'npm-run-testdocker',
      'notes',
      'notes-1',
    ]);
  });

  it('reports a missing file and a missing anchor, and ignores links in code', () => {
    const markdown = [
      '# Here',
      '[fine](#here) [fine too](CONTRIBUTING.md#checking-a-change) [web](https://example.com)',
      '[gone](docs/no-such-page.md) [moved](CONTRIBUTING.md#no-such-section) [self](#nowhere)',
      '`[in code](missing.md)`',
      '```',
      '[in a block](missing-too.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(markdown, 'README.md')).toEqual([
      'README.md: docs/no-such-page.md: no file docs/no-such-page.md',
      'README.md: CONTRIBUTING.md#no-such-section: no heading in CONTRIBUTING.md makes #no-such-section',
      'README.md: #nowhere: no heading in README.md makes #nowhere',
    ]);
  });
});

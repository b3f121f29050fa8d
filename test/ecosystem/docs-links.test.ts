/**
 * The project's own link checker over docs/*.md and README.md: every relative link and image
 * resolves to a file in the repository, and every `#anchor` to a heading of its target, using
 * GitHub's heading slugs (so the links work on GitHub and in the docs site alike).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const parser = unified().use(remarkParse).use(remarkGfm);

const trees = new Map<string, Root>();
function parse(file: string): Root {
  let tree = trees.get(file);
  if (!tree) trees.set(file, (tree = parser.parse(readFileSync(file, 'utf8'))));
  return tree;
}

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** GitHub's heading anchor: lower case, punctuation and emoji dropped, spaces to hyphens, duplicates numbered. */
export function slugs(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  walk(tree, (n) => {
    if (n.type !== 'heading') return;
    const base = toString(n).toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  });
  return out;
}

interface Link {
  url: string;
  line: number;
}

function links(tree: Root): Link[] {
  const out: Link[] = [];
  walk(tree, (n) => {
    if (n.type === 'link' || n.type === 'image' || n.type === 'definition') out.push({ url: n.url, line: n.position?.start.line ?? 0 });
  });
  return out;
}

/** Problems with the links of one Markdown file, as `file:line: message`. */
function check(file: string): string[] {
  const problems: string[] = [];
  const where = (l: Link) => `${relative(ROOT, file)}:${l.line}`;
  for (const link of links(parse(file))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith('//')) continue; // absolute URL
    const [path = '', anchor] = link.url.split('#', 2) as [string, string | undefined];
    const target = path === '' ? file : join(dirname(file), decodeURIComponent(path));
    if (!existsSync(target)) {
      problems.push(`${where(link)}: Unexpected link \`${link.url}\`, expected an existing file (\`${relative(ROOT, target)}\` is missing)`);
      continue;
    }
    if (!relative(ROOT, target).split('/').every((p) => p !== '..')) problems.push(`${where(link)}: Unexpected link \`${link.url}\` out of the repository`);
    if (anchor === undefined) continue;
    if (statSync(target).isDirectory() || !target.endsWith('.md')) {
      problems.push(`${where(link)}: Unexpected anchor \`#${anchor}\` on \`${path}\`, expected anchors only on Markdown files`);
    } else if (!slugs(parse(target)).has(decodeURIComponent(anchor))) {
      problems.push(`${where(link)}: Unexpected anchor \`#${anchor}\`, expected a heading of \`${relative(ROOT, target)}\``);
    }
  }
  return problems;
}

const docs = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(ROOT, 'docs', f));

describe('docs link checker', () => {
  it('slugs headings as GitHub does', () => {
    const tree = parser.parse('# 🎯 System Overview\n## Backup & Restore\n## versions.lock\n## A\n## A\n## `bolt init` [DIR]\n');
    expect([...slugs(tree)]).toEqual(['-system-overview', 'backup--restore', 'versionslock', 'a', 'a-1', 'bolt-init-dir']);
  });

  it('finds a broken file link and a broken anchor', () => {
    const tree = parser.parse('[a](missing.md) [b](#nowhere) ![c](img.png)\n\n[d]: other.md\n');
    expect(links(tree).map((l) => l.url)).toEqual(['missing.md', '#nowhere', 'img.png', 'other.md']);
  });

  it('has the pages the README and index link to', () => {
    for (const page of ['index.md', 'spec-format.md', 'configuration.md']) expect(docs.map((d) => relative(join(ROOT, 'docs'), d))).toContain(page);
  });

  it.each([...docs, join(ROOT, 'README.md')].map((f) => [relative(ROOT, f), f]))('%s: every relative link and anchor resolves', (_name, file) => {
    expect(check(file)).toEqual([]);
  });

  it('covers every section of the spec format in docs/spec-format.md', async () => {
    const { SECTION_TITLES } = await import('../../src/model/sections.js');
    const text = readFileSync(join(ROOT, 'docs/spec-format.md'), 'utf8');
    for (const title of Object.values(SECTION_TITLES)) expect(text, title).toMatch(new RegExp(`^###? .*${title.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}`, 'm'));
  });

  it('documents every key of bolt.config.yaml and versions.lock in docs/configuration.md', () => {
    const text = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
    interface Schema {
      properties?: Record<string, Schema>;
    }
    const keys = (schema: Schema, prefix = ''): string[] =>
      Object.entries(schema.properties ?? {}).flatMap(([k, v]) => [`${prefix}${k}`, ...keys(v, `${prefix}${k}.`)]);
    for (const name of ['bolt.config.schema.json', 'versions.lock.schema.json']) {
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as Schema;
      const all = keys(schema);
      expect(all.length).toBeGreaterThan(3);
      for (const key of all) expect(text, `${name}: ${key}`).toMatch(new RegExp(`\\|[^|\\n]*\`${key.replace(/\./g, '\\.')}[\`.,]`));
    }
  });

  it('shows a bolt.config.yaml and a versions.lock in docs/configuration.md that Bolt Lab accepts', async () => {
    const { parseConfig } = await import('../../src/config.js');
    const { parseLock } = await import('../../src/lock/read.js');
    const blocks = [...readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    const config = blocks.find((b) => b.includes('bolt.config.schema.json') && b.includes('rules:'));
    const lock = blocks.find((b) => b.includes('versions.lock.schema.json') && b.includes('images:'));
    expect(parseConfig('bolt.config.yaml', config!).rules).toBeDefined();
    expect(parseLock('versions.lock', lock!).images.length).toBeGreaterThan(0);
  });

  it('gives section examples in docs/spec-format.md that the reader accepts without an issue', async () => {
    const { extractSpecs } = await import('../../src/load/index.js');
    const { sectionIdOf } = await import('../../src/model/sections.js');
    const text = readFileSync(join(ROOT, 'docs/spec-format.md'), 'utf8');
    const examples = [...text.matchAll(/^````markdown\n([\s\S]*?)^````$/gm)].map((m) => m[1]!).filter((b) => b.startsWith('## '));
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const example of examples) {
      const heading = example.split('\n')[0]!.slice(3);
      expect(sectionIdOf(heading), heading).not.toBeNull();
      const { issues } = extractSpecs([{ file: 'example.md', text: example }]);
      expect(issues.map((i) => `${heading}: ${i.message}`)).toEqual([]);
    }
  });
});

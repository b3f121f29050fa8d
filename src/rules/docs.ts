/**
 * The rules' documentation lives in docs/rules.md, one `## \`group/name\`` section per rule (as
 * ESLint keeps each rule's page beside, not inside, its code): what it catches, an example and the
 * fix. The rule files hold what the code needs (id, severity, description, messages). This module
 * reads the page back for the reporters that carry the docs (SARIF's `help`), and renders the
 * page's index table from the registry; test/rules/meta.test.ts keeps page and registry in step.
 */
import { readFileSync } from 'node:fs';
import type { Code, Heading, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { packagePath } from '../paths.js';
import { RULES } from './index.js';

/** What a rule's section of docs/rules.md says. */
export interface RuleDocs {
  /** What it catches: the section's prose, as Markdown. */
  catches: string;
  /** A spec excerpt that triggers it (the section's code block, verbatim). */
  example: string;
  /** How to fix it (after `**Fix:**`), as Markdown. */
  fix: string;
  /** What the section states beside the registry: `**Default severity:**` and `**Fires when:**`. */
  severity: string;
  firesWhen: string;
}

/** A fenced block that survives fences inside the example (```` ```caddy ```` blocks). */
export function fence(example: string): string {
  const ticks = example.includes('```') ? '~~~~' : '```';
  return `${ticks}\n${example}\n${ticks}`;
}

/** GitHub's heading anchor for a rule's section (`## \`api/tool-count-mismatch\`` → `apitool-count-mismatch`). */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/** The index table of docs/rules.md, from the registry. */
export function rulesIndex(): string {
  return [
    '| rule | default | fires when |',
    '|---|---|---|',
    ...RULES.map((r) => `| [\`${r.id}\`](#${ruleAnchor(r.id)}) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
  ].join('\n');
}

/**
 * Reads every rule section of a rules page: the H2 whose text is one inline code (the rule id),
 * then a paragraph with severity and "fires when", the prose, `**Example**`, a code block and a
 * `**Fix:**` paragraph. Text is sliced from the page by the parser's offsets, so Markdown stays as written.
 */
export function parseRuleDocs(markdown: string): Map<string, RuleDocs> {
  const tree = unified().use(remarkParse).parse(markdown);
  const slice = (node: RootContent): string => markdown.slice(node.position!.start.offset, node.position!.end.offset);
  const docs = new Map<string, RuleDocs>();
  const sections: { id: string; body: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const id = ruleIdOf(node);
      sections.push({ id: id ?? '', body: [] });
    } else sections.at(-1)?.body.push(node);
  }
  for (const { id, body } of sections) {
    if (!id) continue;
    const [head, ...rest] = body;
    const exampleAt = rest.findIndex((n) => n.type === 'paragraph' && slice(n) === '**Example**');
    const code = rest[exampleAt + 1];
    const fixNode = rest[exampleAt + 2];
    const headText = head ? slice(head) : '';
    const severity = /\*\*Default severity:\*\* (\S+)/.exec(headText)?.[1] ?? '';
    const firesWhen = /\*\*Fires when:\*\* (.*)$/s.exec(headText)?.[1]?.trim() ?? '';
    const fix = fixNode && fixNode.type === 'paragraph' ? /^\*\*Fix:\*\* ([^]*)$/.exec(slice(fixNode))?.[1] ?? '' : '';
    const prose = exampleAt > 0 ? rest.slice(0, exampleAt) : [];
    const catches = prose.length > 0 ? markdown.slice(prose[0]!.position!.start.offset, prose.at(-1)!.position!.end.offset) : '';
    docs.set(id, { catches, example: code?.type === 'code' ? (code as Code).value : '', fix, severity, firesWhen });
  }
  return docs;
}

function ruleIdOf(heading: Heading): string | undefined {
  const [only] = heading.children;
  return heading.depth === 2 && heading.children.length === 1 && only?.type === 'inlineCode' ? only.value : undefined;
}

/**
 * The package's docs/rules.md, read: each rule's docs by id. A copy of the package without its
 * docs gives none (SARIF then describes each rule by its one-line description), not an error.
 */
export function readRuleDocs(path: string = packagePath('docs', 'rules.md')): Map<string, RuleDocs> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  return parseRuleDocs(text);
}

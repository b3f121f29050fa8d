/**
 * Small helpers over mdast shared by the section extractors: H3 grouping, title parsing,
 * `**Key:** value` items, paragraph lines, lists and code-block commands.
 */
import type { Code, Heading, List as MdList, ListItem as MdListItem, Node, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Command, KeyValue, List, ListItem, Pos } from '../model/schema.js';
import type { ChunkContext } from './context.js';

export { toString as plain };

const COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/** True for an HTML node holding only comments (`<!-- … -->`), which Markdown renders as nothing. */
export function isComment(node: Node): boolean {
  return node.type === 'html' && COMMENTS.test((node as { value?: string }).value ?? '');
}

/**
 * `nodes` without HTML comments, at any depth (in list items, block quotes, paragraphs, table
 * cells): the children of the nodes kept are filtered in place. Run after suppression comments are
 * read, so extractors never see a comment.
 */
export function withoutComments<T extends Node>(nodes: T[]): T[] {
  const kept = nodes.filter((n) => !isComment(n));
  for (const node of kept) {
    const parent = node as { children?: Node[] };
    if (parent.children) parent.children = withoutComments(parent.children);
  }
  return kept;
}

/** An H3 group: the heading (none for content before the first H3) and the nodes under it. */
export interface H3Group {
  heading?: Heading | undefined;
  title: string;
  qualifier?: string | undefined;
  planned: boolean;
  nodes: RootContent[];
}

/**
 * A heading's inline Markdown as written: without the ATX `#` markers (and closing `#`s), or, for a
 * setext heading, without its `===`/`---` underline and with its lines joined.
 */
export function headingMd(heading: Heading, ctx: ChunkContext): string {
  const src = ctx.src(heading);
  if (/^\s*#/.test(src)) return src.replace(/^\s*#+\s*/, '').replace(/\s+#+\s*$/, '').trim();
  return src
    .replace(/\n[ \t]*(?:=+|-+)[ \t]*$/, '')
    .split('\n')
    .map((l) => l.trim())
    .join(' ');
}

/** Parses an H3 title: `**Environment Variables** (`.env.production`)` → title + qualifier Markdown. */
export function parseTitle(heading: Heading, ctx: ChunkContext): { title: string; qualifier?: string; planned: boolean } {
  const source = headingMd(heading, ctx);
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(source);
  const titleMd = m && m[1] ? m[1] : source;
  const qualifier = m && m[1] ? m[2] : undefined;
  const title = stripInline(titleMd);
  const planned = qualifier !== undefined && /^planned$/i.test(stripInline(qualifier));
  return qualifier === undefined ? { title, planned } : { title, qualifier, planned };
}

/** `{ qualifier }` when the group's H3 title has one, else `{}`: spread into the entity read from it. */
export function qualifierOf(group: { qualifier?: string | undefined }): { qualifier?: string } {
  return group.qualifier !== undefined ? { qualifier: group.qualifier } : {};
}

/** Removes `**`, `__` and backticks around inline text (titles are kept as plain text). */
export function stripInline(md: string): string {
  return md.replace(/\*\*|__|`/g, '').trim();
}

/** Splits section content (after the H2) into H3 groups. */
export function groupByH3(nodes: RootContent[], ctx: ChunkContext): H3Group[] {
  const groups: H3Group[] = [];
  let current: H3Group = { title: '', planned: false, nodes: [] };
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) {
      if (current.heading || current.nodes.length > 0) groups.push(current);
      current = { heading: node, ...parseTitle(node, ctx), nodes: [] };
    } else if (node.type !== 'thematicBreak') {
      current.nodes.push(node);
    }
  }
  if (current.heading || current.nodes.length > 0) groups.push(current);
  return groups;
}

/** Inline Markdown of a paragraph or phrasing run: lines trimmed, hard breaks dropped. */
export function inlineMd(node: Paragraph | Heading, ctx: ChunkContext): string {
  return ctx
    .src(node)
    .split('\n')
    .map((l) => l.trim().replace(/\\$/, '').trim())
    .join('\n');
}

const kvPatterns = [/^\*\*([^*]+?):\*\*[ \t]*(.*)$/s, /^\*\*([^*]+?)\*\*:[ \t]*(.*)$/s, /^([A-Za-z][\w .()/-]*?):[ \t]+(.+)$/s];

/**
 * Reads `**Key:** value`, `**Key**: value` or `Key: value` from inline Markdown that starts at chunk
 * offset `base`. Returns undefined when the text has no such shape.
 */
export function keyValue(md: string, base: number, ctx: ChunkContext): KeyValue | undefined {
  for (const re of kvPatterns) {
    const m = re.exec(md);
    if (!m) continue;
    const value = m[2]!.trim();
    const valueStart = base + md.length - m[2]!.length + (m[2]!.length - m[2]!.trimStart().length);
    return {
      key: m[1]!.trim(),
      value,
      text: stripInline(value),
      pos: ctx.range(base, base + md.length),
      valuePos: ctx.range(valueStart, valueStart + value.length),
    };
  }
  return undefined;
}

/** The first paragraph of a list item, if any. */
export function itemParagraph(item: MdListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}

/** `**Key:** value` bullets of a list; items of another shape are reported as unparsed. */
export function keyValueItems(list: MdList, ctx: ChunkContext, expected: string): KeyValue[] {
  const out: KeyValue[] = [];
  for (const item of list.children) {
    const p = itemParagraph(item);
    const kv = p && keyValue(inlineMd(p, ctx), ctx.offset(p), ctx);
    if (kv) out.push(kv);
    else ctx.unparsed(item, `Unexpected list item, expected ${expected}`);
  }
  return out;
}

/** Lines of a paragraph (`**Version:** 1.2.0  ` hard-break lines) with their chunk offsets. */
export function paragraphLines(p: Paragraph, ctx: ChunkContext): { text: string; offset: number }[] {
  const src = ctx.src(p);
  const base = ctx.offset(p);
  const out: { text: string; offset: number }[] = [];
  let at = 0;
  for (const raw of src.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/\\$/, '').trim();
    if (text) out.push({ text, offset: base + at + lead });
    at += raw.length + 1;
  }
  return out;
}

/** Converts an mdast list into the model's List (inline Markdown per item, nested lists kept). */
export function toList(list: MdList, ctx: ChunkContext): List {
  const items: ListItem[] = list.children.map((item) => {
    const out: ListItem = { md: '', pos: ctx.pos(item) };
    for (const child of item.children) {
      if (child.type === 'paragraph' && out.md === '') out.md = inlineMd(child, ctx);
      else if (child.type === 'list') out.children = toList(child, ctx);
      else ctx.unparsed(child, `Unexpected \`${child.type}\` inside a list item, expected text and nested lists`);
    }
    return out;
  });
  return list.ordered ? { ordered: true, start: list.start ?? 1, items } : { ordered: false, items };
}

/** Splits a shell block into commands titled by the `# comment` lines above them. */
export function commandsOf(code: Code, ctx: ChunkContext): Command[] {
  const commands: Command[] = [];
  let current: Command | undefined;
  const codeLine = (ctx.pos(code)?.line ?? 0) + 1;
  code.value.split('\n').forEach((line, i) => {
    const at: Pos | undefined = ctx.pos(code) && {
      file: ctx.chunk.file,
      line: codeLine + i,
      column: 1,
      endLine: codeLine + i,
      endColumn: line.length + 1,
    };
    const comment = /^\s*#\s?(.*)$/.exec(line);
    if (comment && !line.trimStart().startsWith('#!')) {
      current = { title: comment[1]!.trim(), lines: [], pos: at };
      commands.push(current);
    } else if (line.trim() === '') {
      current = undefined;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { lines: [line], pos: at };
      commands.push(current);
    }
  });
  return commands;
}

/** Position of a code block's line `i` (0-based within the code), columns `[from, to)` 0-based. */
export function codeLinePos(code: Code, ctx: ChunkContext, i: number, from: number, to: number): Pos | undefined {
  const p = ctx.pos(code);
  if (!p) return undefined;
  // The fence line is the code's first source line; content starts one line below, at the fence's indent.
  const indent = p.column - 1;
  return { file: p.file, line: p.line + 1 + i, column: indent + from + 1, endLine: p.line + 1 + i, endColumn: indent + to + 1 };
}

/** Plain text of phrasing content. */
export function phrasingText(nodes: PhrasingContent[]): string {
  return nodes.map((n) => toString(n)).join('');
}

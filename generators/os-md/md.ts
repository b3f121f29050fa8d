/**
 * Markdown writing helpers for the canonical `os.md`: headings, `**Key:** value` lines, lists,
 * tables and code fences. Inputs are inline Markdown as the model keeps it (`md` fields), written
 * back as is; only plain-text values (titles, image references) are wrapped or escaped here.
 */
import type { KeyValue, List } from '../../src/model/schema.js';

/** `### **Title** (qualifier)`; a bare `###` for the untitled group that precedes the first H3. */
export function h3(title: string, qualifier?: string): string {
  const head = title === '' ? '###' : `### **${title}**`;
  return qualifier === undefined ? head : `${head} (${qualifier})`;
}

/** `**Key:** value` (no trailing space when the value is empty). */
export function kv(field: Pick<KeyValue, 'key' | 'value'>): string {
  return field.value === '' ? `**${field.key}:**` : `**${field.key}:** ${field.value}`;
}

/** A bullet list of `**Key:** value` items. */
export function kvList(fields: Pick<KeyValue, 'key' | 'value'>[]): string {
  return fields.map((f) => `- ${kv(f)}`).join('\n');
}

/** A bullet list of inline Markdown items. */
export function bullets(items: string[], marker = '-'): string {
  return items.map((md) => item(marker, md)).join('\n');
}

/** One list item: continuation lines indented under the item's text. */
function item(marker: string, md: string): string {
  const pad = ' '.repeat(marker.length + 1);
  const [first = '', ...rest] = md.split('\n');
  const head = first === '' ? marker : `${marker} ${first}`;
  return [head, ...rest.map((l) => (l === '' ? '' : pad + l))].join('\n');
}

/**
 * A model List. `alternate` switches the bullet (`*`) or delimiter (`)`) so that two lists written
 * one after the other stay two lists instead of merging into one.
 */
export function list(l: List, alternate = false): string {
  const loose = l.items.some((i) => i.children !== undefined);
  const start = l.start ?? 1;
  const rendered = l.items.map((it, i) => {
    const marker = l.ordered ? `${start + i}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
    const head = item(marker, it.md);
    if (!it.children) return head;
    const pad = ' '.repeat(marker.length + 1);
    const nested = list(it.children)
      .split('\n')
      .map((line) => (line === '' ? '' : pad + line))
      .join('\n');
    return `${head}\n${nested}`;
  });
  return rendered.join(loose ? '\n\n' : '\n');
}

/** A fenced code block whose fence is longer than any backtick run inside the code. */
export function fence(code: string, lang?: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang ?? ''}\n${code === '' ? '' : `${code}\n`}${ticks}`;
}

/** Inline code for a plain-text value: a fence of backticks longer than any run inside it. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = longest > 0 || /^ .* $/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** Escapes the pipes of a table cell (cell Markdown from the model is already escaped). */
export function cellText(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A GFM table in the seed's style: unpadded cells, a dash row as wide as each header. */
export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
  const rule = `|${headers.map((h) => '-'.repeat(Math.max(3, h.length + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map((r) => line(r))].join('\n');
}

/** Joins blocks with one blank line, skipping empty ones. */
export function blocks(parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n');
}

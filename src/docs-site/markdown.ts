/**
 * Prose from the spec rendered to HTML with unified (remark-parse → remark-gfm → remark-rehype →
 * rehype-stringify). Raw HTML written in a spec is shown as text, never passed through: the spec is
 * input, and the site must not run or render markup an author (or an attacker) slipped into it.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { List } from '../model/schema.js';

/** Turns every raw HTML node into a text node, so rehype escapes it instead of dropping it. */
function remarkEscapeHtml() {
  const walk = (node: Nodes): void => {
    if (!('children' in node)) return;
    node.children = node.children.map((child) => (child.type === 'html' ? { type: 'text', value: child.value } : child)) as typeof node.children;
    for (const child of node.children) walk(child);
  };
  return (tree: Root) => walk(tree);
}

/**
 * Wraps every table in `<div class="scroll" tabindex="0" role="region">`, as the templates do: on a
 * phone a wide table scrolls inside its own box (with the edge shadows site.css draws) instead of
 * widening the page.
 */
function rehypeScrollTables() {
  const walk = (node: HastRoot | Element): void => {
    node.children = node.children.map((child): HastContent => {
      if (child.type !== 'element') return child;
      if (child.tagName === 'table') {
        return { type: 'element', tagName: 'div', properties: { className: ['scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' }, children: [child] };
      }
      walk(child);
      return child;
    }) as typeof node.children;
  };
  return (tree: HastRoot) => walk(tree);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkEscapeHtml).use(remarkRehype).use(rehypeScrollTables).use(rehypeStringify).freeze();

/** Renders a Markdown fragment (paragraphs, lists, code) to HTML. */
export function markdownToHtml(md: string, options: { minHeading?: number } = {}): string {
  if (options.minHeading === undefined) return String(processor.processSync(md)).trim();
  const tree = processor.parse(md);
  shiftHeadings(tree, options.minHeading);
  return processor.stringify(processor.runSync(tree)).trim();
}

/** Shifts headings so the shallowest becomes `min`: a body shown under an h3 keeps the outline in order. */
function shiftHeadings(tree: Root, min: number): void {
  const headings: { depth: number }[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') headings.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (headings.length === 0) return;
  const shift = min - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, Math.max(1, h.depth + shift)) as 1 | 2 | 3 | 4 | 5 | 6;
}

/** Renders inline Markdown (a table cell, a list item) without the wrapping paragraph. */
export function inlineToHtml(md: string): string {
  const html = markdownToHtml(md);
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1]!.includes('<p>') ? m[1]! : html;
}

/** Writes a model list back as Markdown (nested lists indented under their item). */
export function listToMarkdown(list: List, indent = ''): string {
  let n = list.start ?? 1;
  return list.items
    .map((item) => {
      const marker = list.ordered ? `${n++}.` : '-';
      const pad = `${indent}${' '.repeat(marker.length + 1)}`;
      const md = item.md.replace(/\n/g, `\n${pad}`);
      const children = item.children ? `\n${listToMarkdown(item.children, pad)}` : '';
      return `${indent}${marker} ${md}${children}`;
    })
    .join('\n');
}

/** Renders a model list to HTML. */
export function listToHtml(list: List): string {
  return markdownToHtml(listToMarkdown(list));
}

/**
 * Inline suppression comments in a spec chunk: `<!-- bolt-disable-next-line RULE[, RULE] -- reason -->`,
 * `<!-- bolt-disable RULE -- reason -->` … `<!-- bolt-enable RULE -->` (ESLint's directive
 * grammar, in an HTML comment as markdownlint's). They are HTML nodes of the mdast, so a comment
 * inside a code block is code, not a directive.
 */
import type { Node, Root } from 'mdast';
import type { Suppression } from '../model/schema.js';
import type { ChunkContext } from './context.js';

const DIRECTIVE = /^<!--\s*bolt-(disable-next-line|disable|enable)(?=\s|-->)([\s\S]*?)-->\s*$/;

/** A line reduced to what survives re-rendering: trimmed, runs of blanks and table-cell padding collapsed. */
export function anchorText(line: string): string {
  return line.trim().replace(/\s*\|\s*/g, '|').replace(/\s+/g, ' ');
}

/** True for an HTML node that is a bolt directive. */
export function isDirective(node: Node): boolean {
  return node.type === 'html' && DIRECTIVE.test((node as { value?: string }).value ?? '');
}

function htmlNodes(node: Node, out: Node[]): Node[] {
  if (node.type === 'html') out.push(node);
  for (const child of (node as { children?: Node[] }).children ?? []) htmlNodes(child, out);
  return out;
}

/** The directives of a chunk's tree, with their section (the chunk's heading, null for the preamble) and anchors. */
export function extractSuppressions(tree: Root, ctx: ChunkContext, section: string | null): Suppression[] {
  const found: Suppression[] = [];
  const lines = ctx.chunk.text.split('\n');
  for (const node of htmlNodes(tree, [])) {
    const m = DIRECTIVE.exec((node as { value?: string }).value ?? '');
    if (!m || !node.position) continue;
    const kind = m[1] as Suppression['kind'];
    const body = m[2]!;
    const sep = body.search(/(^|\s)--(\s|$)/);
    const rulesText = sep < 0 ? body : body.slice(0, sep);
    const reason = sep < 0 ? '' : body.slice(sep).replace(/^\s*--\s*/, '').trim();
    const rules = rulesText.split(/[\s,]+/).filter((r) => r !== '');
    // The line it stands before (after, for `enable`), to be placed there again when rendered.
    let anchor: string | undefined;
    if (kind === 'enable') {
      for (let i = node.position.start.line - 2; i >= 0 && anchor === undefined; i--) if (lines[i]!.trim() !== '') anchor = anchorText(lines[i]!);
    } else {
      for (let i = node.position.end.line; i < lines.length && anchor === undefined; i++) if (lines[i]!.trim() !== '') anchor = anchorText(lines[i]!);
    }
    const s: Suppression = { kind, rules, section, pos: ctx.pos(node) };
    if (reason !== '') s.reason = reason;
    if (anchor !== undefined) s.anchor = anchor;
    found.push(s);
  }
  return found;
}

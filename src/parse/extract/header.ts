/**
 * The document header (`# Name - Title` and `**Version:**`/`**Date:**`/`**Purpose:**` lines) and
 * footer (`**Last Updated:**`, `**Maintained By:**`, `**License:**`).
 */
import type { Paragraph, RootContent } from 'mdast';
import type { Footer, KeyValue, SpecModel } from '../../model/schema.js';
import type { ChunkContext } from '../context.js';
import { headingMd, keyValue, paragraphLines, stripInline } from '../mdast.js';

const FOOTER_KEYS = new Set(['last updated', 'maintained by', 'license']);

/** `**Key:** value` lines of a paragraph; undefined unless every line has that shape. */
export function fieldLines(p: Paragraph, ctx: ChunkContext): KeyValue[] | undefined {
  const fields: KeyValue[] = [];
  for (const line of paragraphLines(p, ctx)) {
    const kv = keyValue(line.text, line.offset, ctx);
    if (!kv) return undefined;
    fields.push(kv);
  }
  return fields.length > 0 ? fields : undefined;
}

/** True when a paragraph is the footer block. */
export function isFooter(node: RootContent, ctx: ChunkContext): boolean {
  if (node.type !== 'paragraph') return false;
  const fields = fieldLines(node, ctx);
  return !!fields && fields.every((f) => FOOTER_KEYS.has(f.key.toLowerCase()));
}

/** Reads the footer paragraph into the model. */
export function extractFooter(node: Paragraph, ctx: ChunkContext, model: SpecModel): void {
  const fields = fieldLines(node, ctx) ?? [];
  const get = (k: string) => fields.find((f) => f.key.toLowerCase() === k)?.text;
  const footer: Footer = { fields, pos: ctx.pos(node) };
  const lastUpdated = get('last updated');
  const maintainedBy = get('maintained by');
  const license = get('license');
  if (lastUpdated !== undefined) footer.lastUpdated = lastUpdated;
  if (maintainedBy !== undefined) footer.maintainedBy = maintainedBy;
  if (license !== undefined) footer.license = license;
  model.footer = footer;
}

/** Reads the preamble (everything before the first H2) of a file. */
export function extractPreamble(nodes: RootContent[], ctx: ChunkContext, model: SpecModel): void {
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) {
      const text = stripInline(headingMd(node, ctx));
      const dash = text.search(/\s+[-–—]\s+/);
      const name = dash > 0 ? text.slice(0, dash) : text;
      const title = dash > 0 ? text.slice(dash).replace(/^\s+[-–—]\s+/, '') : undefined;
      if (model.header) {
        ctx.unparsed(node, `Unexpected second document title \`${text}\`, expected one H1 across the spec files`);
        continue;
      }
      model.header = { name, fields: [], pos: ctx.pos(node), ...(title ? { title } : {}) };
    } else if (node.type === 'paragraph' && isFooter(node, ctx)) {
      extractFooter(node, ctx, model);
    } else if (node.type === 'paragraph' && model.header && fieldLines(node, ctx)) {
      const header = model.header;
      for (const f of fieldLines(node, ctx)!) {
        header.fields.push(f);
        const key = f.key.toLowerCase();
        if (key === 'version') header.version = f.text;
        else if (key === 'date') header.date = f.text;
        else if (key === 'purpose') header.purpose = f.text;
      }
    } else if (node.type === 'thematicBreak' || node.type === 'html') {
      continue;
    } else {
      ctx.unparsed(node, `Unexpected \`${node.type}\` before the first section, expected the title and \`**Key:** value\` lines`);
    }
  }
}

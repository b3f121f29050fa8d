/**
 * System Overview: intro paragraphs and the stack bullets `**Docker** for service isolation`. The
 * first item of each list records how many paragraphs came before it, so the order is kept.
 */
import type { StackItem } from '../../model/schema.js';
import { inlineMd, itemParagraph } from '../mdast.js';
import type { Extractor } from './types.js';

export const extractOverview: Extractor = ({ nodes, ctx, model }) => {
  const overview = (model.overview ??= { intro: [], stack: [], pos: ctx.pos(nodes[0]) });
  // Counted per section, not per model: a second Overview section (another file) starts again at 0.
  let paragraphs = 0;
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      overview.intro.push(inlineMd(node, ctx));
      paragraphs++;
    } else if (node.type === 'list') {
      let first = true;
      for (const item of node.children) {
        const p = itemParagraph(item);
        const m = p && /^\*\*(.+?)\*\*[ \t]*(.*)$/s.exec(inlineMd(p, ctx));
        if (!m) {
          ctx.unparsed(item, 'Unexpected stack item, expected `**Name** description`');
          continue;
        }
        const entry: StackItem = { name: m[1]!.trim(), description: m[2]!.trim(), pos: ctx.pos(item) };
        if (first) {
          entry.paragraphsBefore = paragraphs;
          paragraphs = 0;
          first = false;
        }
        overview.stack.push(entry);
      }
    } else if (node.type !== 'thematicBreak') {
      ctx.unparsed(node, `Unexpected \`${node.type}\` in System Overview, expected paragraphs and a bullet list`);
    }
  }
};

/** System Overview: intro paragraphs and the stack bullets `**Docker** for service isolation`. */
import type { Extractor } from './types.js';
import { inlineMd, itemParagraph } from '../mdast.js';

export const extractOverview: Extractor = ({ nodes, ctx, model }) => {
  const overview = (model.overview ??= { intro: [], stack: [], pos: ctx.pos(nodes[0]) });
  for (const node of nodes) {
    if (node.type === 'paragraph') overview.intro.push(inlineMd(node, ctx));
    else if (node.type === 'list') {
      for (const item of node.children) {
        const p = itemParagraph(item);
        const m = p && /^\*\*(.+?)\*\*[ \t]*(.*)$/s.exec(inlineMd(p, ctx));
        if (m) overview.stack.push({ name: m[1]!.trim(), description: m[2]!.trim(), pos: ctx.pos(item) });
        else ctx.unparsed(item, 'Unexpected stack item, expected `**Name** description`');
      }
    } else if (node.type !== 'thematicBreak') {
      ctx.unparsed(node, `Unexpected \`${node.type}\` in System Overview, expected paragraphs and a bullet list`);
    }
  }
};

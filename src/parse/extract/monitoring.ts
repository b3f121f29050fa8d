/**
 * Monitoring & Health: health-URL bullets `` `url` - description ``, the "Expected Health Response"
 * JSON block, and the "Observability Stack" bullets `**Name** - purpose`.
 */
import type { Monitoring } from '../../model/schema.js';
import { readJsonBlock } from '../json-block.js';
import { groupByH3, inlineMd, itemParagraph, qualifierOf } from '../mdast.js';
import type { Extractor } from './types.js';
import { normalizeTitle } from '../../model/sections.js';

export const extractMonitoring: Extractor = ({ heading, nodes, ctx, model }) => {
  const mon: Monitoring = (model.monitoring ??= { healthUrls: [], pos: ctx.pos(heading) });
  for (const group of groupByH3(nodes, ctx)) {
    const t = normalizeTitle(group.title);
    for (const node of group.nodes) {
      if (node.type === 'code' && (t.includes('expected') || t.includes('response'))) {
        const block = readJsonBlock(node, ctx, 'the expected health response');
        if (block && typeof block.value === 'object' && block.value && !Array.isArray(block.value)) {
          mon.expectedHealth = { title: group.title, ...qualifierOf(group), json: block.value as Record<string, unknown>, code: node.value, pos: ctx.pos(node) };
        } else if (block) ctx.unparsed(node, 'Unexpected JSON value, expected an object');
      } else if (node.type === 'list' && (t.includes('observability') || t.includes('stack'))) {
        const obs = (mon.observability ??= { title: group.title, ...qualifierOf(group), planned: group.planned, items: [], pos: ctx.pos(group.heading) });
        for (const item of node.children) {
          const p = itemParagraph(item);
          const m = p && /^\*\*(.+?)\*\*\s*(?:[-–—:]\s*)?(.*)$/s.exec(inlineMd(p, ctx));
          if (m) obs.items.push({ name: m[1]!.trim(), purpose: m[2]!.trim(), pos: ctx.pos(item) });
          else ctx.unparsed(item, 'Unexpected item, expected `**Name** - purpose`');
        }
      } else if (node.type === 'list') {
        if (mon.healthTitle === undefined) {
          mon.healthTitle = group.title;
          if (group.qualifier !== undefined) mon.healthQualifier = group.qualifier;
        }
        for (const item of node.children) {
          const p = itemParagraph(item);
          const m = p && /^`?(https?:\/\/[^`\s]+)`?\s*(?:[-–—:]\s*(.*))?$/s.exec(inlineMd(p, ctx));
          if (m) mon.healthUrls.push({ url: m[1]!, description: (m[2] ?? '').trim(), pos: ctx.pos(item) });
          else ctx.unparsed(item, 'Unexpected health check, expected `` `https://host/path` - description ``');
        }
      } else {
        ctx.unparsed(node, `Unexpected \`${node.type}\` in Monitoring & Health`);
      }
    }
  }
};

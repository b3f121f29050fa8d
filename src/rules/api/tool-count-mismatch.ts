/**
 * `api/tool-count-mismatch`: the stated totals ("N tools across M categories"), the MCP "Tool
 * Categories" counts and the endpoints listed under API Endpoints disagree. The listed endpoints
 * are the truth (one tool per endpoint): each stated number that differs is reported where it is
 * written — per category at its count in the JSON block, the totals at the claim sentence.
 */
import type { ApiCategory } from '../../model/schema.js';
import { defineRule } from '../types.js';
import { fix, replaceWithin, toLineEnd } from '../lib/edits.js';

export const toolCountMismatch = defineRule({
  id: 'api/tool-count-mismatch',
  severity: 'warning',
  description: 'Stated tool totals, per-category counts and listed endpoints disagree.',
  messages: {
    category: { text: 'Unexpected count `{{stated}}` for category `{{category}}`, expected `{{listed}}` (the endpoints listed for it)', hint: 'list the missing endpoints under API Endpoints, or set the count to {{listed}}' },
    unlisted: { text: 'Unexpected category `{{category}}` with {{stated}} tools, expected a category listed under API Endpoints', hint: 'list its endpoints (`- `{{category}}`: `/path`, …`), or remove it from Tool Categories' },
    uncounted: { text: 'Unexpected category `{{category}}` missing from Tool Categories, expected a count of `{{listed}}`', hint: 'add `"{{category}}": {{listed}}` to the Tool Categories block' },
    tools: { text: 'Unexpected total of `{{stated}}` tools, expected `{{listed}}` (the endpoints listed under API Endpoints)', hint: 'correct the sentence to {{listed}} tools, or list the missing endpoints' },
    categories: { text: 'Unexpected `{{stated}}` categories, expected `{{listed}}` (the categories listed under API Endpoints)', hint: 'correct the sentence to {{listed}} categories' },
    listedHere: { text: '`{{category}}` lists {{listed}} endpoints here' },
  },
  check(ctx) {
    const api = ctx.model.api;
    if (!api || api.categories.length === 0) return;
    const listed = new Map<string, ApiCategory>();
    for (const c of api.categories) {
      const prev = listed.get(c.name);
      listed.set(c.name, prev ? { ...prev, endpoints: [...prev.endpoints, ...c.endpoints] } : c);
    }
    const counts = ctx.model.mcp?.toolCategories;
    if (counts) {
      for (const stated of counts.counts) {
        const cat = listed.get(stated.category);
        if (!cat) {
          ctx.report({ message: 'unlisted', data: { category: stated.category, stated: stated.count }, pos: stated.pos });
          continue;
        }
        const data = { category: stated.category, stated: stated.count, listed: cat.endpoints.length };
        if (stated.count !== cat.endpoints.length) {
          const fixes = fix(`Set the \`${stated.category}\` count to ${cat.endpoints.length}`, replaceWithin(ctx.sources, toLineEnd(ctx.sources, stated.pos), /(?<=^"?[^"]*"?\s*:\s*)\d+/, String(cat.endpoints.length)));
          ctx.report({ message: 'category', data, pos: stated.pos, cause: { message: 'listedHere', data, pos: cat.pos }, fixes });
        }
      }
      const countedNames = new Set(counts.counts.map((c) => c.category));
      for (const cat of listed.values()) {
        if (!countedNames.has(cat.name)) ctx.report({ message: 'uncounted', data: { category: cat.name, listed: cat.endpoints.length }, pos: cat.pos });
      }
    }
    const claim = api.claim;
    if (!claim) return;
    const total = [...listed.values()].reduce((n, c) => n + c.endpoints.length, 0);
    if (claim.tools !== total) {
      const fixes = fix(`Say ${total} tools`, replaceWithin(ctx.sources, claim.pos, new RegExp(`\\b${claim.tools}(?=\\s+tools?\\b)`), String(total)));
      ctx.report({ message: 'tools', data: { stated: claim.tools, listed: total }, pos: claim.pos, fixes });
    }
    if (claim.categories !== listed.size) {
      const fixes = fix(`Say ${listed.size} categories`, replaceWithin(ctx.sources, claim.pos, new RegExp(`\\b${claim.categories}(?=\\s+categor)`), String(listed.size)));
      ctx.report({ message: 'categories', data: { stated: claim.categories, listed: listed.size }, pos: claim.pos, fixes });
    }
  },
});

/**
 * API Endpoints: H3 `Unified API (`host`)`, `**Version:**`, `**Categories:**` bullets
 * `` `category`: `/path`, `POST /path` ``, the MCP Registry block and "N tools across M categories".
 */
import type { List as MdList } from 'mdast';
import type { Api, ApiCategory } from '../../model/schema.js';
import type { ChunkContext } from '../context.js';
import { groupByH3, inlineMd, itemParagraph, keyValue, stripInline } from '../mdast.js';
import type { Extractor } from './types.js';

const METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)$/;
const CLAIM = /(\d+)\s+tools?\s+(?:across|in)\s+(\d+)\s+categor(?:y|ies)/i;

function readCategories(list: MdList, ctx: ChunkContext, api: Api): void {
  for (const item of list.children) {
    const p = itemParagraph(item);
    const md = p ? inlineMd(p, ctx) : '';
    // A category is a word (`3pl` too: its tool names get the `t_` prefix, src/model/tool-names.ts).
    const m = /^`?([A-Za-z0-9][\w-]*)`?\s*:\s*(.*)$/s.exec(md);
    if (!p || !m) {
      ctx.unparsed(item, 'Unexpected category line, expected `` `category`: `/path`, `/path` ``');
      continue;
    }
    const base = ctx.offset(p);
    const category: ApiCategory = { name: m[1]!, endpoints: [], pos: ctx.range(base, base + m[1]!.length + (md.startsWith('`') ? 2 : 0)) };
    const listStart = md.length - m[2]!.length;
    const re = /`([^`]+)`|([^,\s][^,]*)/g;
    for (let t = re.exec(m[2]!); t; t = re.exec(m[2]!)) {
      const token = (t[1] ?? t[2]!).trim();
      const start = base + listStart + t.index;
      const pos = ctx.range(start, start + t[0].trimEnd().length);
      const method = METHOD.exec(token);
      const path = method ? method[2]! : token;
      if (!/^\/[\w\-./{}:~%@]*$/.test(path)) {
        ctx.unparsed(pos, `Unexpected endpoint \`${token}\`, expected a path such as \`/odoo/search_read\` or \`POST /path\``);
        continue;
      }
      category.endpoints.push({ path, category: category.name, pos, ...(method ? { method: method[1]! } : {}) });
    }
    api.categories.push(category);
  }
}

export const extractApi: Extractor = ({ heading, nodes, ctx, model }) => {
  for (const group of groupByH3(nodes, ctx)) {
    if (model.api) {
      ctx.unparsed(group.heading ?? group.nodes[0], `Unexpected second API \`${group.title}\`, expected one unified API`);
      continue;
    }
    const host = group.qualifier ? stripInline(group.qualifier) : undefined;
    const api: Api = { title: group.title || 'API', categories: [], pos: ctx.pos(group.heading ?? heading), ...(host ? { host } : {}) };
    let expect: 'categories' | 'registry' | undefined;
    for (const node of group.nodes) {
      if (node.type === 'paragraph') {
        const md = inlineMd(node, ctx);
        const kv = keyValue(md, ctx.offset(node), ctx);
        const claim = CLAIM.exec(md);
        if (kv && /^version$/i.test(kv.key)) {
          api.version = kv.text;
          api.versionPos = kv.valuePos;
        } else if (/^\*\*categories:?\*\*:?$/i.test(md)) expect = 'categories';
        else if (/^\*\*mcp registry:?\*\*:?$/i.test(md)) expect = 'registry';
        else if (claim) api.claim = { tools: Number(claim[1]), categories: Number(claim[2]), md, pos: ctx.pos(node) };
        else ctx.unparsed(node, 'Unexpected paragraph in API Endpoints, expected `**Version:**`, `**Categories:**`, `**MCP Registry:**` or "N tools across M categories"');
      } else if (node.type === 'list' && expect === 'categories') {
        readCategories(node, ctx, api);
        expect = undefined;
      } else if (node.type === 'code' && expect === 'registry') {
        const m = /^\s*(?:(GET|POST)\s+)?(\/\S*)\s*$/.exec(node.value);
        if (m) api.registry = { method: m[1] ?? 'GET', path: m[2]!, pos: ctx.pos(node) };
        else ctx.unparsed(node, 'Unexpected registry block, expected `GET /registry.json`');
        expect = undefined;
      } else {
        ctx.unparsed(node, `Unexpected \`${node.type}\` in API Endpoints`);
      }
    }
    model.api = api;
  }
};

/** The API and MCP page: endpoints by category, every tool with its input schema, the MCP mount. */
import { anchor } from '../html.js';
import { inlineToHtml } from '../markdown.js';
import type { Page, PageContext } from '../types.js';

/** Builds `api.html`. */
export function apiPage(ctx: PageContext): Page {
  const { model, tools } = ctx.data;
  const api = model.api;
  const mcp = model.mcp;
  const categories = [...new Set(tools.tools.map((t) => t.category))];
  const toolViews = tools.tools.map((t) => ({
    ...t,
    id: `tool-${anchor(t.name)}`,
    descriptionHtml: t.description ? inlineToHtml(t.description) : '',
    inputs: t.inputs.map((i) => ({ ...i, descriptionHtml: inlineToHtml(i.description) })),
    href: `#tool-${anchor(t.name)}`,
    hasInputs: t.inputs.length > 0,
    hasAnnotations: t.annotations.length > 0,
  }));
  return {
    path: 'api.html',
    title: 'API and MCP tools',
    nav: 'api',
    template: 'api',
    view: {
      apiTitle: api?.title ?? 'API',
      host: api?.host ?? '',
      version: api?.version ?? '',
      claimHtml: api?.claim ? inlineToHtml(api.claim.md) : '',
      registry: api?.registry ? `${api.registry.method} ${api.registry.path}` : '',
      fromRegistry: tools.source === 'registry',
      toolCount: tools.tools.length,
      index: toolViews.map((t) => ({ name: t.name, href: t.href, method: t.method || 'ANY', path: t.path, category: t.category })),
      categories: categories.map((c) => ({
        name: c,
        id: `category-${anchor(c)}`,
        tools: toolViews.filter((t) => t.category === c),
      })),
      mount: (mcp?.mount?.fields ?? []).map((f) => ({ key: f.key, valueHtml: inlineToHtml(f.value) })),
      counts: (mcp?.toolCategories?.counts ?? []).map((c) => ({ category: c.category, count: c.count, listed: tools.tools.filter((t) => t.category === c.category).length })),
      usage: mcp?.usage ? { title: mcp.usage.title, code: mcp.usage.code, lang: mcp.usage.lang ?? '' } : null,
    },
    search: tools.tools.map((t) => ({
      title: t.name,
      kind: 'tool' as const,
      url: `api.html#tool-${anchor(t.name)}`,
      text: `${t.method} ${t.path} ${t.alias} ${t.category} ${t.title} ${t.description}`,
    })),
  };
}

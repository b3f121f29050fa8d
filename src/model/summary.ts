/** Counts per section, for `bolt parse` and the docs site's home page. */
import { allContainers } from './query.js';
import type { SpecModel } from './schema.js';

/** One row per section: a label and what it holds. */
export function summarize(model: SpecModel): [string, string][] {
  const containers = allContainers(model);
  const routes = model.routing?.routes ?? [];
  const endpoints = model.api?.categories.flatMap((c) => c.endpoints) ?? [];
  const keys = model.secrets?.keys ?? [];
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const rows: [string, string][] = [
    ['header', model.header ? `${model.header.name}${model.header.version ? ` ${model.header.version}` : ''}${model.header.date ? ` (${model.header.date})` : ''}` : 'missing'],
    ['overview', n(model.overview?.stack.length ?? 0, 'stack item')],
    ['inventory', `${n(containers.length, 'container')} in ${n(model.inventory?.tiers.length ?? 0, 'tier')} (${model.inventory?.tiers.map((t) => `${t.id}: ${t.containers.length}`).join(', ') ?? ''})`],
    ['routing', `${n(routes.length, 'route')} (${routes.filter((r) => r.planned).length} planned), ${n(model.routing?.caddyfile?.sites.length ?? 0, 'Caddyfile site')}`],
    ['directories', n(model.directories.reduce((a, d) => a + d.entries.length, 0), 'tree entry', 'tree entries')],
    ['databases', `${n(model.databases.length, 'store')}, ${n(model.databases.reduce((a, d) => a + d.tables.length, 0), 'table')}`],
    ['api', `${n(endpoints.length, 'endpoint')} in ${n(model.api?.categories.length ?? 0, 'category', 'categories')}${model.api?.claim ? `; claims ${model.api.claim.tools} tools across ${model.api.claim.categories} categories` : ''}`],
    ['secrets', `${n(keys.length, 'key')} in ${n(model.secrets?.groups.length ?? 0, 'group')}${model.secrets?.vault ? ', vault' : ''}`],
    ['deployment', n(model.deployment.length, 'group')],
    ['backup', n(model.backup.length, 'group')],
    ['monitoring', `${n(model.monitoring?.healthUrls.length ?? 0, 'health URL')}${model.monitoring?.expectedHealth ? ', expected response' : ''}, ${n(model.monitoring?.observability?.items.length ?? 0, 'observability tool')}`],
    ['mcp', `endpoint ${model.mcp?.mount?.endpoint ?? '-'}, ${n(model.mcp?.toolCategories?.counts.length ?? 0, 'tool category', 'tool categories')}, ${n(model.mcp?.usage?.examples.length ?? 0, 'usage example')}`],
    ['maintenance', `${n(model.maintenance.length, 'group')}, ${n(model.maintenance.flatMap((g) => g.blocks).reduce((a, b) => a + (b.type === 'code' ? b.commands.length : 0), 0), 'command')}`],
    ['requirements', model.requirements.map((r) => `${r.id}: ${r.items.length}`).join(', ') || '0 profiles'],
    ['regions', `${n(model.regions?.domains.length ?? 0, 'regional domain')} (${model.regions?.domains.map((d) => d.domain).join(', ') ?? ''})`],
    ['changelog', `${n(model.changelog.length, 'entry', 'entries')}${model.changelog[0] ? `, newest v${model.changelog[0].version}` : ''}`],
    ['pending', n(model.pending.length, 'task')],
    ['support', n(model.support.length, 'contact')],
    ['footer', model.footer ? `last updated ${model.footer.lastUpdated ?? '-'}` : 'missing'],
    ['unknown sections', String(model.sections.filter((s) => s.id === null).length)],
  ];
  return rows;
}

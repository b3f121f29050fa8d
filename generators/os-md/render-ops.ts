/**
 * Canonical Markdown for the descriptive sections: System Overview, API Endpoints, the procedure
 * sections (Deployment, Backup & Restore, Maintenance, Multi-Country), Monitoring & Health, MCP
 * Integration, System Requirements, Change Log, Pending Tasks and Support.
 */
import type { Block, Group, SpecModel } from '../../src/model/schema.js';
import { blocks, bullets, code, fence, h3, kvList, list } from './md.js';

/**
 * System Overview: paragraphs and stack lists in the order the items' `paragraphsBefore` records
 * (without it: the paragraphs, then one list).
 */
export function renderOverview(model: SpecModel): string {
  const o = model.overview;
  if (!o) return '';
  const parts: { type: 'paragraph' | 'list'; text: string }[] = [];
  let next = 0;
  const paragraphs = (n: number) => {
    for (const md of o.intro.slice(next, next + n)) parts.push({ type: 'paragraph', text: md });
    next = Math.min(o.intro.length, next + n);
  };
  let marker = '-';
  let items: string[] = [];
  const flush = () => {
    if (items.length === 0) return;
    // Two lists in a row need different bullets, or Markdown reads them as one list.
    marker = parts.at(-1)?.type === 'list' && marker === '-' ? '*' : '-';
    parts.push({ type: 'list', text: bullets(items, marker) });
    items = [];
  };
  o.stack.forEach((s, i) => {
    if (i === 0 || s.paragraphsBefore !== undefined) {
      flush();
      paragraphs(s.paragraphsBefore ?? o.intro.length);
    }
    items.push(`**${s.name}**${s.description ? ` ${s.description}` : ''}`);
  });
  flush();
  paragraphs(o.intro.length);
  // The seed writes a stack list right under its lead-in sentence.
  return parts.map((p, i) => (i === 0 ? '' : p.type === 'list' && parts[i - 1]!.type === 'paragraph' ? '\n' : '\n\n') + p.text).join('');
}

/** API Endpoints: the API's H3, version, categories, registry block and the tool-count sentence. */
export function renderApi(model: SpecModel): string {
  const api = model.api;
  if (!api) return '';
  const categories = api.categories.map((c) => {
    const endpoints = c.endpoints.map((e) => code(e.method ? `${e.method} ${e.path}` : e.path)).join(', ');
    return `- ${code(c.name)}:${endpoints ? ` ${endpoints}` : ''}`;
  });
  return blocks([
    h3(api.title, api.host !== undefined ? code(api.host) : undefined),
    api.version !== undefined ? `**Version:** ${api.version}` : undefined,
    categories.length > 0 ? `**Categories:**\n${categories.join('\n')}` : undefined,
    // The seed writes the tool-count sentence right under the registry block.
    [api.registry && `**MCP Registry:**\n${fence(`${api.registry.method} ${api.registry.path}`)}`, api.claim?.md].filter(Boolean).join('\n'),
  ]);
}

function groupBlocks(items: Block[]): string[] {
  let alternate = false;
  return items.map((b, i) => {
    if (b.type === 'paragraph') return b.md;
    if (b.type === 'code') return fence(b.code, b.lang);
    // Two lists in a row need different markers, or Markdown reads them as one list.
    alternate = items[i - 1]?.type === 'list' ? !alternate : false;
    return list(b.list, alternate);
  });
}

/** An H3 group of paragraphs, lists and code blocks. */
export function renderGroup(g: Group): string {
  return blocks([h3(g.title, g.qualifier), ...groupBlocks(g.blocks)]);
}

/** Deployment Process, Backup & Restore, Maintenance Commands: their H3 groups. */
export function renderGroups(groups: Group[]): string {
  return blocks(groups.map(renderGroup));
}

/** Multi-Country Deployment: H3 groups (the regional domains are read back from their paragraphs). */
export function renderRegions(model: SpecModel): string {
  return renderGroups(model.regions?.groups ?? []);
}

/** Monitoring & Health: health URLs, the expected health response, the observability stack. */
export function renderMonitoring(model: SpecModel): string {
  const m = model.monitoring;
  if (!m) return '';
  const urls = m.healthUrls.map((h) => `- ${code(h.url)}${h.description ? ` - ${h.description}` : ''}`).join('\n');
  const obs = m.observability;
  return blocks([
    m.healthTitle !== undefined || urls !== '' ? blocks([h3(m.healthTitle ?? '', m.healthQualifier), urls]) : undefined,
    m.expectedHealth && blocks([h3(m.expectedHealth.title, m.expectedHealth.qualifier), fence(m.expectedHealth.code, 'json')]),
    obs && blocks([h3(obs.title, obs.qualifier ?? (obs.planned ? 'Planned' : undefined)), obs.items.map((i) => `- **${i.name}**${i.purpose ? ` - ${i.purpose}` : ''}`).join('\n')]),
  ]);
}

/** MCP Integration: the mount bullets, the tool-categories JSON block, the usage example. */
export function renderMcp(model: SpecModel): string {
  const m = model.mcp;
  if (!m) return '';
  const counts = m.toolCategories?.counts ?? [];
  // Written by hand, not JSON.stringify of an object: integer-like keys would be reordered.
  const json = counts.length === 0 ? '{}' : `{\n${counts.map((c) => `  ${JSON.stringify(c.category)}: ${c.count}`).join(',\n')}\n}`;
  return blocks([
    m.mount && blocks([h3(m.mount.title, m.mount.qualifier), kvList(m.mount.fields)]),
    m.toolCategories && blocks([h3(m.toolCategories.title, m.toolCategories.qualifier), fence(json, 'json')]),
    m.usage && blocks([h3(m.usage.title, m.usage.qualifier), fence(m.usage.code, m.usage.lang)]),
  ]);
}

/** System Requirements: an H3 per profile with `**Key:** value` bullets. */
export function renderRequirements(model: SpecModel): string {
  return blocks(model.requirements.map((r) => blocks([h3(r.title, r.qualifier), kvList(r.items)])));
}

/** Change Log: `### **vX.Y.Z** (date)` and the entry's bullets. */
export function renderChangelog(model: SpecModel): string {
  return blocks(model.changelog.map((e) => [h3(`v${e.version}`, e.date), bullets(e.items.map((i) => i.md))].filter(Boolean).join('\n')));
}

/** Pending Tasks: an ordered list `**Title** - description`. */
export function renderPending(model: SpecModel): string {
  return model.pending.map((t, i) => `${i + 1}. **${t.title}**${t.description ? ` - ${t.description}` : ''}`).join('\n');
}

/** Support: `**Label:** value` bullets. */
export function renderSupport(model: SpecModel): string {
  return kvList(model.support);
}

/**
 * Canonical Markdown for the infrastructure sections: Container Inventory, Domain Routing,
 * Directory Structure, Database Schema and Secrets Management.
 */
import type { Container, DataStore, DirectoryTree, Route, RouteGroup, Routing, Secrets, SpecModel, Tier } from '../../src/model/schema.js';
import { STATUS_EMOJI } from '../../src/model/values.js';


import { blocks, cellText, code, fence, h3, kv, kvList, table } from './md.js';
import { columnFields, type Field } from '../../src/model/sections.js';

/** An image cell: backticked references, free text (`Custom (Python 3.12)`) as written. */
function imageCell(c: Container): string {
  const raw = c.image.raw;
  if (c.image.custom !== undefined && /^[\w .,()+/:-]*$/.test(raw)) return raw;
  return cellText(code(raw));
}

function statusCell(c: Container): string {
  return `${STATUS_EMOJI[c.status]} ${c.status[0]!.toUpperCase()}${c.status.slice(1)}`;
}

function cell(c: Container, field: Field | undefined, header: string): string {
  switch (field) {
    case 'name':
      return cellText(code(c.name));
    case 'image':
      return imageCell(c);
    case 'ports':
      return c.ports.length === 0 ? '-' : c.ports.map((p) => p.raw).join(', ');
    case 'purpose':
      return cellText(c.purpose);
    case 'status':
      return statusCell(c);
    default:
      return cellText(c.extra[header] ?? '');
  }
}

function tier(t: Tier): string {
  const fields = columnFields(t.columns);
  const rows = t.containers.map((c) => t.columns.map((h, i) => cell(c, fields[i], h)));
  return blocks([h3(t.title, t.qualifier), t.columns.length > 0 ? table(t.columns.map(cellText), rows) : undefined]);
}

/** Container Inventory: an H3 and a table per tier, columns in the order written. */
export function renderInventory(model: SpecModel): string {
  return blocks((model.inventory?.tiers ?? []).map(tier));
}

function routeLine(r: Route, width: number): string {
  const target = r.port === undefined ? r.target : `${r.target}:${r.port}`;
  const notes = [r.note, r.planned ? 'planned' : undefined].filter((n): n is string => n !== undefined).map((n) => ` (${n})`);
  return `${r.host.padEnd(width)} → ${r.via} → ${target}${notes.join('')}`;
}

/** The group's routes with its `# comment` lines in place (comments past the last route at the end). */
function groupLines(g: RouteGroup, routes: Route[], width: number): string[] {
  const comments = g.comments ?? [];
  const comment = (c: { text: string }) => (c.text === '' ? '#' : `# ${c.text}`);
  const lines: string[] = [];
  routes.forEach((r, i) => {
    lines.push(...comments.filter((c) => c.before === i).map(comment), routeLine(r, width).trimEnd());
  });
  lines.push(...comments.filter((c) => c.before >= routes.length || c.before < 0).map(comment));
  return lines;
}

function routeGroups(routing: Routing): string[] {
  const done = new Set<string>();
  const width = Math.max(0, ...routing.routes.map((r) => r.host.length)) + 1;
  return routing.groups.map((g) => {
    const routes = done.has(g.title) ? [] : routing.routes.filter((r) => r.group === g.title);
    done.add(g.title);
    const lines = groupLines(g, routes, width);
    return blocks([h3(g.title, g.qualifier), lines.length > 0 ? fence(lines.join('\n')) : undefined]);
  });
}

/** Domain Routing: a code block of routes per group, then the Caddyfile group. */
export function renderRouting(model: SpecModel): string {
  const routing = model.routing;
  if (!routing) return '';
  const caddy = routing.caddyfile;
  const caddyGroup = caddy && blocks([h3(caddy.title, caddy.qualifier), caddy.path !== undefined ? `Located at: ${code(caddy.path)}` : undefined, caddy.code !== '' || caddy.sites.length > 0 ? fence(caddy.code, 'caddy') : undefined]);
  return blocks([...routeGroups(routing), caddyGroup]);
}

function tree(d: DirectoryTree): string {
  return blocks([h3(d.title, d.qualifier), fence(d.code)]);
}

/** Directory Structure: a tree code block per H3. */
export function renderDirectories(model: SpecModel): string {
  return blocks(model.directories.map(tree));
}

function store(s: DataStore): string {
  const tables = s.tables.map((t) => {
    const text = [t.description, t.planned ? '(planned)' : ''].filter(Boolean).join(' ');
    return `  - ${code(t.name)}${text ? ` - ${text}` : ''}`;
  });
  const tableItem = s.tablesKey !== undefined && tables.length > 0 ? [`- ${kv({ key: s.tablesKey, value: '' })}`, ...tables].join('\n') : undefined;
  return blocks([h3(s.title, s.qualifier), [s.fields.length > 0 ? kvList(s.fields) : undefined, tableItem].filter(Boolean).join('\n')]);
}

/** Database Schema: an H3 per store, `**Key:** value` bullets and the nested table list. */
export function renderDatabases(model: SpecModel): string {
  return blocks(model.databases.map(store));
}

/** `KEY=value`, quoted when the extractor would otherwise strip quotes or spaces from the value. */
function envLine(key: string, value: string): string {
  // Quoted when reading it back would change it: edge spaces, its own quotes, or ` #` (an inline comment).
  const quote = value !== value.trim() || /^(['"]).*\1$/.test(value) || /\s#/.test(value);
  return `${key}=${quote ? `"${value}"` : value}`;
}

/** The env block: `# Group` comments in model order, each followed by its keys. */
function envBlock(secrets: Secrets): string {
  const out: string[] = [];
  const comment = (name: string) => {
    if (out.length > 0) out.push('');
    out.push(name === '' ? '#' : `# ${name}`);
  };
  let next = 0;
  let current: string | undefined;
  for (const key of secrets.keys) {
    if (current === undefined || key.group !== current) {
      const at = secrets.groups.findIndex((g, i) => i >= next && g.name === key.group);
      if (at >= 0) {
        for (const g of secrets.groups.slice(next, at + 1)) comment(g.name);
        next = at + 1;
      } else comment(key.group);
      current = key.group;
    }
    out.push(`${envLine(key.key, key.value)}${key.comment !== undefined ? ` # ${key.comment}` : ''}`);
  }
  for (const g of secrets.groups.slice(next)) comment(g.name);
  // Keys before any comment fall in the implicit `General` group: no comment needed for it.
  if (out[0] === '# General' && secrets.groups[0]?.name === 'General' && secrets.groups[0].pos === undefined) out.splice(0, 1);
  return out.join('\n');
}

/** Secrets Management: the env block (values as the model holds them: placeholders) and Vault. */
export function renderSecrets(model: SpecModel): string {
  const secrets = model.secrets;
  if (!secrets) return '';
  const env = envBlock(secrets);
  const hasEnv = secrets.title !== '' || env !== '';
  const envGroup = hasEnv ? blocks([h3(secrets.title, secrets.envFile !== undefined ? code(secrets.envFile) : undefined), env !== '' ? fence(env, 'bash') : undefined]) : undefined;
  const vault = secrets.vault;
  const vaultGroup = vault && blocks([h3(vault.title, vault.qualifier ?? (vault.planned ? 'Planned' : undefined)), vault.fields.length > 0 ? kvList(vault.fields) : undefined]);
  return blocks([envGroup, vaultGroup]);
}

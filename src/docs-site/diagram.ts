/**
 * The architecture diagram: an SVG laid out in four columns — domains → Caddy → containers → data
 * stores — with planned items dashed and grey and external hosts dotted. The layout is a pure
 * function of the model (same spec, same picture), and every label is escaped.
 */
import type { SpecModel } from '../model/schema.js';
import type { ServiceInfo } from './catalog.js';
import { escapeHtml as esc } from './html.js';

type Kind = 'live' | 'planned' | 'external';
interface Node {
  id: string;
  label: string;
  sub: string;
  kind: Kind;
  href: string | undefined;
  col: number;
  row: number;
}
interface Edge {
  from: string;
  to: string;
  planned: boolean;
}

/** Where diagram nodes link to. */
export interface DiagramLinks {
  service(slug: string): string;
  route(host: string): string;
  store(title: string): string;
}

const COLS = [{ x: 16, w: 210 }, { x: 290, w: 120 }, { x: 474, w: 200 }, { x: 738, w: 200 }];
const ROW_H = 52;
const NODE_H = 40;
const TOP = 40;
const STYLE: Record<Kind, { fill: string; stroke: string; text: string; dash: string | undefined }> = {
  live: { fill: '#ffffff', stroke: '#1d4ed8', text: '#0f172a', dash: undefined },
  planned: { fill: '#f1f5f9', stroke: '#94a3b8', text: '#64748b', dash: '6 4' },
  external: { fill: '#ffffff', stroke: '#7c3aed', text: '#0f172a', dash: '2 3' },
};

const clip = (s: string, n = 28): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const mentions = (text: string, name: string): boolean => new RegExp(`\\b${name.replace(/[^a-z0-9]/gi, '\\$&')}\\b`, 'i').test(text);

function nodes(model: SpecModel, services: ServiceInfo[], links: DiagramLinks): { nodes: Node[]; edges: Edge[] } {
  const routes = model.routing?.routes ?? [];
  const out: Node[] = [];
  const edges: Edge[] = [];
  const add = (n: Omit<Node, 'row'>): void => {
    if (!out.some((o) => o.id === n.id)) out.push({ ...n, row: out.filter((o) => o.col === n.col).length });
  };
  const proxy = services.find((s) => s.container.image.name === 'caddy' || s.container.name === 'caddy');
  const byName = new Map(services.map((s) => [s.container.name, s]));
  const stores = model.databases.map((d) => ({ d, host: d.fields.find((f) => f.key.toLowerCase() === 'host')?.text.split(':')[0] }));
  const storeHosts = new Set(stores.map((s) => s.host).filter(Boolean));
  for (const r of routes) {
    const allPlanned = routes.filter((o) => o.host === r.host).every((o) => o.planned);
    add({ id: `d:${r.host}`, label: r.host, sub: r.note ?? 'domain', kind: allPlanned ? 'planned' : 'live', href: links.route(r.host), col: 0 });
    edges.push({ from: `d:${r.host}`, to: 'caddy', planned: r.planned });
  }
  add({ id: 'caddy', label: proxy?.container.name ?? 'Caddy', sub: 'reverse proxy · TLS', kind: 'live', href: proxy ? links.service(proxy.slug) : undefined, col: 1 });
  for (const r of routes) {
    const svc = byName.get(r.target);
    const kind: Kind = r.external ? 'external' : r.planned || (svc && svc.container.status !== 'running') ? 'planned' : 'live';
    const sub = r.external ? 'external host' : r.port !== undefined ? `:${r.port}` : '';
    add({ id: `c:${r.target}`, label: r.target, sub, kind, href: svc ? links.service(svc.slug) : undefined, col: 2 });
    edges.push({ from: 'caddy', to: `c:${r.target}`, planned: r.planned });
  }
  for (const s of services) {
    if (s === proxy || storeHosts.has(s.container.name)) continue;
    add({ id: `c:${s.container.name}`, label: s.container.name, sub: s.container.purpose, kind: s.container.status === 'running' ? 'live' : 'planned', href: links.service(s.slug), col: 2 });
  }
  const groups = (model.secrets?.keys ?? []).map((k) => k.group.toLowerCase());
  const api = services.find((s) => s.secretsNote !== undefined)?.container.name;
  for (const { d, host } of stores) {
    const svc = host ? byName.get(host) : undefined;
    const planned = svc ? svc.container.status !== 'running' : false;
    add({ id: `s:${d.title}`, label: d.title, sub: host ? `on ${host}` : (d.fields[0]?.text ?? 'data store'), kind: planned ? 'planned' : 'live', href: links.store(d.title), col: 3 });
    const text = [d.title, ...d.fields.map((f) => f.text)].join(' ');
    const first = d.title.split(/\W+/)[0]!.toLowerCase();
    for (const n of out.filter((o) => o.col === 2 && o.kind !== 'external')) {
      const name = n.id.slice(2);
      if (mentions(text, name) || (name === api && groups.some((g) => g.startsWith(first)))) edges.push({ from: n.id, to: `s:${d.title}`, planned });
    }
  }
  return { nodes: out, edges };
}

/** Renders the diagram as a standalone SVG document fragment (`<svg …>…</svg>`). */
export function architectureSvg(model: SpecModel, services: ServiceInfo[], links: DiagramLinks): string {
  const { nodes: all, edges } = nodes(model, services, links);
  const rows = Math.max(1, ...[0, 1, 2, 3].map((c) => all.filter((n) => n.col === c).length));
  const height = TOP + rows * ROW_H + 56;
  const width = COLS[3]!.x + COLS[3]!.w + 16;
  const y = (n: Node): number => {
    const count = all.filter((o) => o.col === n.col).length;
    return TOP + (rows - count) * (ROW_H / 2) + n.row * ROW_H;
  };
  const at = new Map(all.map((n) => [n.id, n]));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="arch-title" font-family="system-ui, sans-serif" class="architecture">`);
  parts.push(`<title id="arch-title">Architecture: domains → Caddy → containers → data stores</title>`);
  ['Domains', 'Proxy', 'Containers', 'Data stores'].forEach((h, i) => {
    parts.push(`<text x="${COLS[i]!.x}" y="22" font-size="13" font-weight="600" fill="#334155">${h}</text>`);
  });
  for (const e of edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const x1 = COLS[a.col]!.x + COLS[a.col]!.w;
    const y1 = y(a) + NODE_H / 2;
    const x2 = COLS[b.col]!.x;
    const y2 = y(b) + NODE_H / 2;
    const mid = (x1 + x2) / 2;
    const dash = e.planned ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<path d="M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}" fill="none" stroke="${e.planned ? '#94a3b8' : '#64748b'}" stroke-width="1.5"${dash}/>`);
  }
  for (const n of all) {
    const s = STYLE[n.kind];
    const { x, w } = COLS[n.col]!;
    const top = y(n);
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    const body =
      `<rect x="${x}" y="${top}" width="${w}" height="${NODE_H}" rx="6" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.5"${dash}/>` +
      `<text x="${x + 10}" y="${top + 17}" font-size="13" font-weight="600" fill="${s.text}">${esc(clip(n.label))}</text>` +
      `<text x="${x + 10}" y="${top + 32}" font-size="11" fill="#64748b">${esc(clip(n.kind === 'planned' ? `planned · ${n.sub}` : n.sub, 32))}</text>`;
    parts.push(n.href ? `<a href="${esc(n.href)}">${body}</a>` : `<g>${body}</g>`);
  }
  const ly = height - 22;
  parts.push(
    `<g font-size="11" fill="#334155"><rect x="16" y="${ly - 10}" width="22" height="12" fill="#ffffff" stroke="#1d4ed8"/><text x="44" y="${ly}">live</text>` +
      `<rect x="90" y="${ly - 10}" width="22" height="12" fill="#f1f5f9" stroke="#94a3b8" stroke-dasharray="6 4"/><text x="118" y="${ly}">planned / not running</text>` +
      `<rect x="260" y="${ly - 10}" width="22" height="12" fill="#ffffff" stroke="#7c3aed" stroke-dasharray="2 3"/><text x="288" y="${ly}">external host</text></g>`,
  );
  parts.push('</svg>');
  return parts.join('\n');
}

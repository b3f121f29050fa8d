/**
 * Hover and go-to-definition of `bolt lsp`, answered from the model: what is under the cursor is
 * found by the source positions the model keeps (never by searching the text). A container shows
 * its image, lock pin, ports, status and the routes and Caddyfile sites that reach it; a route its
 * target; an endpoint its method, path and category. A route target or a Caddyfile upstream leads
 * to the container's inventory row.
 */
import type { Lock, Pos, SpecModel } from '../model/schema.js';
import { allContainers, containersByName } from '../model/query.js';

/** A 1-based cursor: file, line, column. */
export interface Cursor {
  file: string;
  line: number;
  column: number;
}

function inside(pos: Pos | undefined, at: Cursor): boolean {
  if (!pos || pos.file !== at.file) return false;
  const after = at.line > pos.line || (at.line === pos.line && at.column >= pos.column);
  const before = at.line < pos.endLine || (at.line === pos.endLine && at.column <= pos.endColumn);
  return after && before;
}

/** Everything about one container, as Markdown. */
function describeContainer(model: SpecModel, lock: Lock | undefined, name: string): string | undefined {
  const c = containersByName(model).get(name);
  if (!c) return undefined;
  const pin = lock?.images.find((i) => i.service === name);
  const lines = [`**${c.name}** (${c.tier}, ${c.status})`, '', `- image: \`${c.image.raw}\``];
  lines.push(`- lock pin: ${pin ? `\`${pin.image}:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}\`` : 'none'}`);
  lines.push(`- ports: ${c.ports.length > 0 ? c.ports.map((p) => `\`${p.raw}\``).join(', ') : 'none'}`);
  if (c.purpose) lines.push(`- purpose: ${c.purpose}`);
  const routes = (model.routing?.routes ?? []).filter((r) => r.target.toLowerCase() === name.toLowerCase());
  lines.push(`- routes to it: ${routes.length > 0 ? routes.map((r) => `\`${r.host}\`${r.port ? ` → :${r.port}` : ''}${r.planned ? ' (planned)' : ''}`).join(', ') : 'none'}`);
  const sites = (model.routing?.caddyfile?.sites ?? []).filter((s) => s.upstreams.some((u) => u.host.toLowerCase() === name.toLowerCase()));
  if (sites.length > 0) lines.push(`- Caddyfile sites: ${sites.map((s) => `\`${s.addresses.join(', ')}\``).join(', ')}`);
  return lines.join('\n');
}

/** The Markdown hover for the cursor, or undefined. */
export function hoverAt(model: SpecModel, lock: Lock | undefined, at: Cursor): string | undefined {
  for (const c of allContainers(model)) if (inside(c.pos, at)) return describeContainer(model, lock, c.name);
  const pin = lock?.images.find((i) => inside(i.pos, at) || inside(i.imagePos, at) || inside(i.tagPos, at));
  if (pin) return describeContainer(model, lock, pin.service) ?? `**${pin.service}**: pinned \`${pin.image}:${pin.tag}\`, not in the inventory`;
  for (const r of model.routing?.routes ?? []) {
    if (inside(r.targetPos, at)) return describeContainer(model, lock, r.target) ?? `\`${r.target}\`: ${r.external ? 'an external host' : 'no such container in the inventory'}`;
    if (inside(r.pos, at) || inside(r.hostPos, at)) {
      const target = `${r.target}${r.port ? `:${r.port}` : ''}`;
      return [`**${r.host}** → \`${target}\`${r.planned ? ' (planned)' : ''}`, '', r.external ? 'an external host' : (describeContainer(model, lock, r.target) ?? 'no such container in the inventory')].join('\n');
    }
  }
  for (const s of model.routing?.caddyfile?.sites ?? []) {
    for (const u of s.upstreams) if (inside(u.pos, at)) return describeContainer(model, lock, u.host) ?? `\`${u.raw}\`: not a container of the inventory`;
  }
  for (const cat of model.api?.categories ?? []) {
    for (const e of cat.endpoints) if (inside(e.pos, at)) return `**${e.method ?? 'GET'} ${e.path}**\n\n- category: \`${e.category}\`\n- API: ${model.api?.host ? `\`${model.api.host}\`` : model.api?.title ?? ''}`;
  }
  return undefined;
}

/** Where the container named at the cursor (route target, Caddyfile upstream, lock entry) is defined: its inventory row. */
export function definitionAt(model: SpecModel, lock: Lock | undefined, at: Cursor): Pos | undefined {
  const byName = containersByName(model);
  const row = (name: string) => byName.get(name)?.pos;
  for (const r of model.routing?.routes ?? []) if (inside(r.targetPos, at)) return row(r.target);
  for (const s of model.routing?.caddyfile?.sites ?? []) for (const u of s.upstreams) if (inside(u.pos, at)) return row(u.host);
  for (const i of lock?.images ?? []) if (inside(i.pos, at)) return row(i.service);
  return undefined;
}

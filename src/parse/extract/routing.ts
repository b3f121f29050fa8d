/**
 * Domain Routing: code-block lines `host → Caddy → target[:port] (note)` under H3 groups, and the
 * "Caddyfile Configuration" H3 with ``Located at: `PATH` `` and a ```caddy block.
 */
import type { Code } from 'mdast';
import type { Route, RouteGroup } from '../../model/schema.js';
import { isHostname, isIpv6Literal } from '../../model/values.js';
import { parseCaddyfile } from '../caddyfile.js';
import type { ChunkContext } from '../context.js';
import { codeLinePos, groupByH3, inlineMd, keyValue, qualifierOf } from '../mdast.js';
import type { Extractor } from './types.js';
import { normalizeTitle } from '../../model/sections.js';

// `â†’` is `→` after a Windows-1252 round trip: `encoding/mojibake` reports it once, and the route is
// still read, so one root cause is one finding (not also an unparsed line and a drift).
const ARROW = '(?:→|->|â†’)';
const ROUTE = new RegExp(`^(\\S+)\\s*${ARROW}\\s*(?:(\\S+?)\\s*${ARROW}\\s*)?(\\S+?)((?:\\s*\\([^()]*\\))*)\\s*$`);

/** Where a trailing comment starts: a `#` after white space, outside the route's `(notes)`; -1 when none. */
function trailingComment(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '#' && depth === 0 && i > 0 && /\s/.test(line[i - 1]!)) return i;
  }
  return -1;
}

/**
 * Reads a block's routes into `routes`, and its `# comment` lines into the group, before the route
 * they precede; a comment after a route (`api.x → api:8000   # why`) is kept as a comment line before it.
 */
function readRoutes(code: Code, group: RouteGroup, ctx: ChunkContext, routes: Route[], firstOfGroup: number): void {
  code.value.split('\n').forEach((whole, i) => {
    if (whole.trim() === '') return;
    const lead = whole.length - whole.trimStart().length;
    if (whole.trim().startsWith('#')) {
      (group.comments ??= []).push({ text: whole.trim().replace(/^#\s*/, ''), before: routes.length - firstOfGroup, pos: codeLinePos(code, ctx, i, lead, whole.length) });
      return;
    }
    const hash = trailingComment(whole);
    if (hash >= 0) (group.comments ??= []).push({ text: whole.slice(hash).replace(/^#\s*/, '').trimEnd(), before: routes.length - firstOfGroup, pos: codeLinePos(code, ctx, i, hash, whole.length) });
    const line = hash >= 0 ? whole.slice(0, hash).trimEnd() : whole;
    const m = ROUTE.exec(line.trim());
    const linePos = codeLinePos(code, ctx, i, lead, line.length);
    if (!m) {
      ctx.unparsed(linePos, 'Unexpected routing line, expected `host → Caddy → target[:port] (note)`');
      return;
    }
    const [, host, via, targetRaw, notesRaw] = m as unknown as [string, string, string | undefined, string, string];
    const t = /^([A-Za-z0-9._-]+|\[[^\]]*\])(?::(\d{1,5}))?$/.exec(targetRaw);
    const hostAt = line.indexOf(host);
    const lastArrow = Math.max(line.lastIndexOf('→'), line.lastIndexOf('->'), line.lastIndexOf('â†’'));
    const targetAt = line.indexOf(targetRaw, lastArrow);
    if (!isHostname(host)) {
      ctx.unparsed(codeLinePos(code, ctx, i, hostAt, hostAt + host.length), `Unexpected host \`${host}\`, expected a domain name`);
      return;
    }
    if (!t || !(isHostname(t[1]!) || isIpv6Literal(t[1]!))) {
      ctx.unparsed(codeLinePos(code, ctx, i, targetAt, targetAt + targetRaw.length), `Unexpected target \`${targetRaw}\`, expected \`container:port\`, an external host or a bracketed IPv6 address \`[::1]:port\``);
      return;
    }
    const notes = [...notesRaw.matchAll(/\(([^()]*)\)/g)].map((n) => n[1]!.trim());
    const planned = notes.some((n) => /^planned$/i.test(n));
    const other = notes.filter((n) => !/^planned$/i.test(n));
    const port = t[2] === undefined ? undefined : Number(t[2]);
    routes.push({
      host,
      hostPos: codeLinePos(code, ctx, i, hostAt, hostAt + host.length),
      via: via ?? 'Caddy',
      target: t[1]!,
      ...(port !== undefined ? { port } : {}),
      targetPos: codeLinePos(code, ctx, i, targetAt, targetAt + targetRaw.length),
      external: port === undefined && t[1]!.includes('.'),
      planned,
      ...(other.length > 0 ? { note: other.join('; ') } : {}),
      group: group.title,
      pos: linePos,
    });
  });
}

export const extractRouting: Extractor = ({ heading, nodes, ctx, model }) => {
  const routing = (model.routing ??= { groups: [], routes: [], pos: ctx.pos(heading) });
  for (const group of groupByH3(nodes, ctx)) {
    const isCaddyfile = normalizeTitle(group.title).includes('caddyfile');
    if (isCaddyfile) {
      const caddy = { title: group.title, ...qualifierOf(group), code: '', sites: [] as NonNullable<typeof routing.caddyfile>['sites'], pos: ctx.pos(group.heading) } as NonNullable<typeof routing.caddyfile>;
      for (const node of group.nodes) {
        if (node.type === 'paragraph') {
          const kv = keyValue(inlineMd(node, ctx), ctx.offset(node), ctx);
          if (kv && /located/i.test(kv.key)) caddy.path = kv.text;
          else ctx.unparsed(node, 'Unexpected paragraph, expected ``Located at: `PATH` ``');
        } else if (node.type === 'code') {
          caddy.code = node.value;
          const { sites, errors, global, snippets, imports } = parseCaddyfile(node.value, (line, from, to) => codeLinePos(node, ctx, line, from, to));
          caddy.sites.push(...sites);
          if (global) caddy.global = global;
          if (snippets.length > 0) caddy.snippets = snippets;
          if (imports.length > 0) caddy.imports = imports;
          for (const e of errors) ctx.unparsed(codeLinePos(node, ctx, e.line, 0, (node.value.split('\n')[e.line] ?? '').length), e.message);
        } else {
          ctx.unparsed(node, `Unexpected \`${node.type}\` in the Caddyfile group, expected a paragraph and a caddy code block`);
        }
      }
      routing.caddyfile = caddy;
      continue;
    }
    const routeGroup: RouteGroup = { title: group.title, ...qualifierOf(group), pos: ctx.pos(group.heading) };
    routing.groups.push(routeGroup);
    const firstOfGroup = routing.routes.length;
    for (const node of group.nodes) {
      if (node.type === 'code') readRoutes(node, routeGroup, ctx, routing.routes, firstOfGroup);
      else ctx.unparsed(node, `Unexpected \`${node.type}\` in Domain Routing, expected a code block of routes`);
    }
  }
};

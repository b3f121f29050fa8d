/** `routing/caddyfile-drift`: the routing table and the Caddyfile block disagree. */
import type { Caddyfile, CaddySite, Route } from '../../model/schema.js';
import type { TextEdit } from '../../model/diagnostics.js';
import { fix, insertAt, replaceWithin } from '../lib/edits.js';
import { isBrokenUpstream } from '../lib/upstreams.js';
import { defineRule } from '../types.js';
import { addressParts, hostsCoveredBy, siteHosts, sitesCovering } from '../../model/caddyfile.js';

/** Which site serves a host: the first site with a matching address, found through one index. */
function siteFinder(sites: CaddySite[]): (host: string) => CaddySite | undefined {
  const serving = sitesCovering(sites, siteHosts);
  return (host) => serving(host)[0];
}

/** The upstreams a site proxies to (a `forward_auth` server only answers the auth check). */
function proxied(site: CaddySite): CaddySite['upstreams'] {
  return site.upstreams.filter((u) => u.directive !== 'forward_auth');
}

function upstreamMatches(route: Route, site: CaddySite): boolean {
  return proxied(site).some((u) => u.host.toLowerCase() === route.target.toLowerCase() && (route.port === undefined || u.port === route.port));
}

function expected(route: Route): string {
  return route.port === undefined ? route.target : `${route.target}:${route.port}`;
}

/**
 * The site block the route asks for, inserted before the Caddyfile block's closing fence, indented
 * as the block's own directives are. An external target is proxied as the generated Caddyfile does
 * it (generators/caddyfile/index.ts: `https://` and the upstream's Host header).
 */
function siteInsertion(sources: Readonly<Record<string, string>>, caddyfile: Caddyfile, route: Route): TextEdit | undefined {
  const pos = caddyfile.pos;
  const text = pos && sources[pos.file];
  if (!pos || text === undefined) return undefined;
  // `pos` is the "Caddyfile Configuration" heading: the block is the first fenced block after it.
  const lines = text.split('\n');
  let open = pos.endLine;
  while (open < lines.length && !/^ {0,3}(`{3,}|~{3,})/.test(lines[open]!)) open++;
  const marker = /^ {0,3}(`{3,}|~{3,})/.exec(lines[open] ?? '')?.[1];
  if (!marker) return undefined;
  let close = open + 1;
  while (close < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[close]!)) close++;
  if (close >= lines.length) return undefined;
  const fenceLine = close + 1; // 1-based line of the closing fence
  const indent = /^([ \t]+)\S/m.exec(caddyfile.code)?.[1] ?? '    ';
  const target = expected(route);
  const proxy = route.external
    ? [`${indent}reverse_proxy https://${target} {`, `${indent}${indent}header_up Host {upstream_hostport}`, `${indent}}`]
    : [`${indent}reverse_proxy ${target}`];
  const before = lines[fenceLine - 2] ?? '';
  const block = [`${route.host} {`, ...proxy, '}'].join('\n');
  return insertAt(sources, pos.file, fenceLine, 1, `${before.trim() === '' || /^\s*(`{3,}|~{3,})/.test(before) ? '' : '\n'}${block}\n`);
}

export const caddyfileDrift = defineRule({
  id: 'routing/caddyfile-drift',
  severity: 'warning',
  description: 'The routing table and the Caddyfile block disagree (a live route with no site block, a site with no route, different upstreams).',
  messages: {
    noSite: { text: 'Unexpected live route `{{host}}` without a Caddyfile site, expected a site block `{{host}} { reverse_proxy {{target}} }`', hint: 'add the site block to the Caddyfile, or mark the route `(planned)` if it is not live yet' },
    noRoute: { text: 'Unexpected Caddyfile site `{{address}}`, expected a route for it in the routing table', hint: 'add the route (`{{address}} → Caddy → target:port`) or remove the stale site block' },
    upstream: { text: 'Unexpected upstream `{{actual}}` in site `{{host}}`, expected `{{target}}` as the route says', hint: 'make the `reverse_proxy` line and the routing table agree' },
    caddyfile: { text: 'the Caddyfile block is here' },
    route: { text: 'the route is here' },
  },
  check(ctx) {
    const routing = ctx.model.routing;
    const caddyfile = routing?.caddyfile;
    if (!routing || !caddyfile) return;
    const siteFor = siteFinder(caddyfile.sites);
    const seen = new Set<string>();
    for (const route of routing.routes) {
      // A host routed twice is routing/duplicate-host's finding: the first route is the one the site is compared with.
      if (seen.has(route.host.toLowerCase())) continue;
      seen.add(route.host.toLowerCase());
      const site = siteFor(route.host);
      const data = { host: route.host, target: expected(route) };
      if (!site) {
        if (!route.planned) {
          const fixes = fix(`Add the site block \`${route.host}\` to the Caddyfile`, siteInsertion(ctx.sources, caddyfile, route));
          ctx.report({ message: 'noSite', data, pos: route.hostPos ?? route.pos, cause: { message: 'caddyfile', pos: caddyfile.pos }, fixes });
        }
        continue;
      }
      if (proxied(site).length === 0 || upstreamMatches(route, site)) continue;
      const u = proxied(site)[0]!;
      // A misspelt container or a wrong port is its own rule's finding, reported once.
      if (isBrokenUpstream(ctx.model, u.host, u.port) || isBrokenUpstream(ctx.model, route.target, route.port)) continue;
      const fixes = fix(`Proxy \`${route.host}\` to \`${data.target}\` as the route says`, replaceWithin(ctx.sources, u.pos, u.raw, data.target));
      ctx.report({ message: 'upstream', data: { ...data, actual: u.raw }, pos: u.pos ?? site.pos, cause: { message: 'route', pos: route.targetPos ?? route.pos }, fixes });
    }
    const routesServedBy = hostsCoveredBy(routing.routes, (r) => r.host);
    for (const site of caddyfile.sites) {
      // Every address of a site is a host it serves (`a.com, www.a.com {`): each needs its route.
      const unrouted = site.addresses.filter((a) => {
        const host = addressParts(a).host;
        return host !== '' && routesServedBy(host).length === 0;
      });
      if (unrouted.length === 0) continue;
      ctx.report({ message: 'noRoute', data: { address: unrouted.join(', ') }, pos: site.pos });
    }
  },
});

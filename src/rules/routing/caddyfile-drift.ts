/** `routing/caddyfile-drift`: the routing table and the Caddyfile block disagree. */
import type { CaddySite, Route } from '../../model/schema.js';
import { isBrokenUpstream } from '../lib/upstreams.js';
import { defineRule } from '../types.js';
import { addressHost, hostIndex, routedHostSet } from '../lib/model.js';

/** Which site serves a host: the first site with a matching address, found through one index. */
function siteFinder(sites: CaddySite[]): (host: string) => CaddySite | undefined {
  const owners: CaddySite[] = [];
  const hosts: string[] = [];
  for (const s of sites) for (const a of s.addresses) {
    owners.push(s);
    hosts.push(addressHost(a));
  }
  const index = hostIndex(hosts);
  return (host) => {
    const i = index.first(host);
    return i === undefined ? undefined : owners[i];
  };
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

export const caddyfileDrift = defineRule({
  id: 'routing/caddyfile-drift',
  severity: 'warning',
  description: 'The routing table and the Caddyfile block disagree (a live route with no site block, a site with no route, different upstreams).',
  docs: {
    catches:
      'When the spec shows a Caddyfile: a live (not planned) route whose host has no site block, a site block with an address that is no routed host (each address of `a.com, www.a.com {` needs its route), ' +
      'and a site whose `reverse_proxy` upstreams do not include the route\'s target. Planned routes need no site block yet. ' +
      'Nothing is checked when the spec has no Caddyfile block.',
    example: '```\nsmarterbot.cl      → Caddy → app.smarterbot.cl (Next.js)\napi.smarterbot.cl  → Caddy → smartapi:8000\n```\n\n```caddy\napi.smarterbot.cl {\n    reverse_proxy smartapi:8000\n}\n```',
    fix: 'Add the missing site block (`smarterbot.cl { reverse_proxy app.smarterbot.cl:443 }`), remove the stale one, or mark the route `(planned)`; `bolt build` generates a Caddyfile that agrees.',
  },
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
        if (!route.planned) ctx.report({ message: 'noSite', data, pos: route.hostPos ?? route.pos, cause: { message: 'caddyfile', pos: caddyfile.pos } });
        continue;
      }
      if (proxied(site).length === 0 || upstreamMatches(route, site)) continue;
      const u = proxied(site)[0]!;
      // A misspelt container or a wrong port is its own rule's finding, reported once.
      if (isBrokenUpstream(ctx.model, u.host, u.port) || isBrokenUpstream(ctx.model, route.target, route.port)) continue;
      ctx.report({ message: 'upstream', data: { ...data, actual: u.raw }, pos: u.pos ?? site.pos, cause: { message: 'route', pos: route.targetPos ?? route.pos } });
    }
    const routed = routedHostSet(routing.routes.map((r) => r.host));
    for (const site of caddyfile.sites) {
      const hosts = site.addresses.map(addressHost).filter((h) => h !== '');
      // Every address of a site is a host it serves (`a.com, www.a.com {`): each needs its route.
      const unrouted = site.addresses.filter((a) => addressHost(a) !== '' && !routed(addressHost(a)));
      if (hosts.length === 0 || unrouted.length === 0) continue;
      ctx.report({ message: 'noRoute', data: { address: unrouted.join(', ') }, pos: site.pos });
    }
  },
});

/**
 * The edge of the stack when Dokploy's Traefik is the proxy (`proxy: traefik`): router labels per
 * live route, and the access rules of the spec's Caddyfile block carried over as Traefik
 * middlewares, so switching proxies never widens access.
 *
 * Traefik v3 labels: https://doc.traefik.io/traefik/routing/providers/swarm/ (routers, services,
 * `loadbalancer.server.port`), https://doc.traefik.io/traefik/middlewares/http/ipallowlist/.
 * Caddy's `private_ranges`: https://caddyserver.com/docs/caddyfile/matchers#remote-ip.
 */
import type { CaddySite, Route, SpecModel } from '../../src/model/schema.js';

/** Caddy's `private_ranges` shorthand. */
const PRIVATE_RANGES = ['192.168.0.0/16', '172.16.0.0/12', '10.0.0.0/8', '127.0.0.1/8', 'fd00::/8', '::1'];

/** What a site of the spec's Caddyfile block lets through. */
export interface SiteAccess {
  /** Only these client ranges are served (a `not remote_ip …` matcher answered with 403/abort). */
  allow?: string[];
  /** A restriction Traefik cannot express here (a deny list, a matcher on something else). */
  unsupported?: string;
}

/**
 * The access rule of a Caddyfile site: `@outside not remote_ip private_ranges` + `respond @outside
 * 403` (or `abort @outside`) allows only those ranges. Other matchers that refuse requests are
 * reported as unsupported rather than dropped.
 */
export function siteAccess(site: CaddySite): SiteAccess {
  const matchers = new Map<string, { negated: boolean; ranges: string[] } | 'other'>();
  for (const line of site.body) {
    const m = /^\s*@([\w-]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const ip = /^(not\s+)?(?:client_ip|remote_ip)\s+(.+)$/.exec(m[2]!.trim());
    matchers.set(m[1]!, ip ? { negated: ip[1] !== undefined, ranges: ip[2]!.split(/\s+/).flatMap((r) => (r === 'private_ranges' ? PRIVATE_RANGES : [r])) } : 'other');
  }
  for (const line of site.body) {
    const refuse = /^\s*(?:respond\s+@([\w-]+)\s+(?:"[^"]*"\s+)?(40[134])\b|abort\s+@([\w-]+))/.exec(line);
    if (!refuse) continue;
    const name = refuse[1] ?? refuse[3]!;
    const matcher = matchers.get(name);
    if (matcher && matcher !== 'other' && matcher.negated) return { allow: matcher.ranges };
    return { unsupported: line.trim() };
  }
  return {};
}

/** Router and service labels for `service`, one router per live route to it. */
export function traefikLabels(model: SpecModel, service: string, routes: Route[], certResolver: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (routes.length === 0) return labels;
  labels['traefik.enable'] = 'true';
  // Traefik v3's swarm provider reads `traefik.swarm.network`, v2's docker provider in swarm mode
  // `traefik.docker.network`; each ignores the other's label.
  labels['traefik.swarm.network'] = 'dokploy-network';
  labels['traefik.docker.network'] = 'dokploy-network';
  const port = routes[0]!.port;
  if (port !== undefined) labels[`traefik.http.services.${service}.loadbalancer.server.port`] = String(port);
  routes.forEach((route, i) => {
    const router = `${service}-${i + 1}`;
    labels[`traefik.http.routers.${router}.rule`] = `Host(\`${route.host}\`)`;
    labels[`traefik.http.routers.${router}.entrypoints`] = 'websecure';
    labels[`traefik.http.routers.${router}.tls.certresolver`] = certResolver;
    labels[`traefik.http.routers.${router}.service`] = service;
    const site = model.routing?.caddyfile?.sites.find((s) => s.addresses.some((a) => a.replace(/^https?:\/\//, '').replace(/:\d+$/, '') === route.host));
    const access = site ? siteAccess(site) : {};
    if (access.allow) {
      const middleware = `${router}-allow`;
      labels[`traefik.http.middlewares.${middleware}.ipallowlist.sourcerange`] = access.allow.join(',');
      labels[`traefik.http.routers.${router}.middlewares`] = middleware;
    }
  });
  return labels;
}

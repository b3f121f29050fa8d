/**
 * What routing rules compare: every upstream the spec names (routing-table targets and Caddyfile
 * `reverse_proxy` upstreams) as one list, so `unknown-upstream` and `upstream-port-mismatch` treat
 * both alike.
 */
import type { Pos, SpecModel } from '../../model/schema.js';
import { containersByName } from '../../model/query.js';
import { isLocalHost } from './model.js';

/** An upstream reference to a container (not an external host). */
export interface UpstreamRef {
  /** `route` for the routing table, `caddyfile` for a `reverse_proxy` line. */
  source: 'route' | 'caddyfile';
  /** The routed host (route) or the site's first address (Caddyfile). */
  site: string;
  target: string;
  port: number | undefined;
  pos: Pos | undefined;
}

/** True when a target names an external host or address, not a container (a dot, loopback, a placeholder). */
export function isExternalTarget(target: string): boolean {
  return target.includes('.') || target.includes('{') || isLocalHost(target);
}

/** Every container upstream of the routing table and the Caddyfile, in spec order. */
export function containerUpstreams(model: SpecModel): UpstreamRef[] {
  const refs: UpstreamRef[] = [];
  for (const r of model.routing?.routes ?? []) {
    if (r.external || isExternalTarget(r.target)) continue;
    refs.push({ source: 'route', site: r.host, target: r.target, port: r.port, pos: r.targetPos ?? r.pos });
  }
  for (const site of model.routing?.caddyfile?.sites ?? []) {
    for (const u of site.upstreams) {
      if (isExternalTarget(u.host)) continue;
      refs.push({ source: 'caddyfile', site: site.addresses[0] ?? '', target: u.host, port: u.port, pos: u.pos ?? site.pos });
    }
  }
  return refs;
}

/**
 * True when an upstream is already a finding of `routing/unknown-upstream` (no such container) or
 * `routing/upstream-port-mismatch` (a port the container does not listen on): other rules leave
 * it to them, so one mistake is one finding.
 */
export function isBrokenUpstream(model: SpecModel, host: string, port: number | undefined): boolean {
  if (isExternalTarget(host)) return false;
  const c = containersByName(model).get(host);
  if (!c) return true;
  return port !== undefined && c.ports.length > 0 && !c.ports.some((p) => p.container === port);
}

/**
 * What changed between two sides (snapshots or the current specs): services, images, lock pins,
 * ports, statuses, routes, MCP tools and secret key names. Values of secrets never appear: only
 * key names are compared.
 */
import { allContainers } from '../model/query.js';
import type { Container, Route } from '../model/schema.js';
import type { SpecState } from './state.js';

/** A value that changed for one named thing. */
export interface Change {
  name: string;
  from: string;
  to: string;
}

/** Added and removed names. */
export interface AddRemove {
  added: string[];
  removed: string[];
}

/** The whole comparison (the `--format json` shape). */
export interface Changes {
  from: { label: string; version?: string | undefined };
  to: { label: string; version?: string | undefined };
  services: { added: { name: string; image: string }[]; removed: string[] };
  images: Change[];
  lock: Change[];
  ports: Change[];
  status: Change[];
  routes: { added: { host: string; target: string }[]; removed: string[]; changed: Change[] };
  tools: AddRemove;
  secrets: AddRemove;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function addRemove(a: Iterable<string>, b: Iterable<string>): AddRemove {
  const from = new Set(a);
  const to = new Set(b);
  return { added: sorted([...to].filter((x) => !from.has(x))), removed: sorted([...from].filter((x) => !to.has(x))) };
}

function byName<T>(items: T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((i) => [key(i), i]));
}

/** Values that differ for names present on both sides, in name order. */
function changed<T>(a: Map<string, T>, b: Map<string, T>, value: (t: T) => string): Change[] {
  return [...a.keys()]
    .filter((k) => b.has(k))
    .sort()
    .flatMap((k) => {
      const from = value(a.get(k)!);
      const to = value(b.get(k)!);
      return from === to ? [] : [{ name: k, from, to }];
    });
}

const containers = (s: SpecState): Container[] => allContainers(s.model);
const routeTarget = (r: Route) => `${r.target}${r.port !== undefined ? `:${r.port}` : ''}${r.planned ? ' (planned)' : ''}`;
const ports = (c: Container) => (c.ports.length === 0 ? '-' : c.ports.map((p) => `${p.host === p.container ? p.host : `${p.host}→${p.container}`}${p.protocol === 'udp' ? '/udp' : ''}`).join(', '));

/** Compares two sides. */
export function diffStates(a: SpecState, b: SpecState): Changes {
  const ca = byName(containers(a), (c) => c.name);
  const cb = byName(containers(b), (c) => c.name);
  const services = addRemove(ca.keys(), cb.keys());
  const la = byName(a.lock?.images ?? [], (i) => i.service);
  const lb = byName(b.lock?.images ?? [], (i) => i.service);
  const ra = byName(a.model.routing?.routes ?? [], (r) => r.host);
  const rb = byName(b.model.routing?.routes ?? [], (r) => r.host);
  const routes = addRemove(ra.keys(), rb.keys());
  return {
    from: { label: a.label, version: a.model.header?.version },
    to: { label: b.label, version: b.model.header?.version },
    services: { added: services.added.map((name) => ({ name, image: cb.get(name)!.image.raw })), removed: services.removed },
    images: changed(ca, cb, (c) => c.image.raw),
    lock: changed(la, lb, (i) => `${i.image}:${i.tag}${i.digest ? `@${i.digest}` : ''}`),
    ports: changed(ca, cb, ports),
    status: changed(ca, cb, (c) => c.status),
    routes: { added: routes.added.map((host) => ({ host, target: routeTarget(rb.get(host)!) })), removed: routes.removed, changed: changed(ra, rb, routeTarget) },
    tools: addRemove(a.tools, b.tools),
    secrets: addRemove((a.model.secrets?.keys ?? []).map((k) => k.key), (b.model.secrets?.keys ?? []).map((k) => k.key)),
  };
}

/** True when nothing changed (versions aside). */
export function isEmpty(c: Changes): boolean {
  return (
    c.services.added.length + c.services.removed.length + c.images.length + c.lock.length + c.ports.length + c.status.length +
      c.routes.added.length + c.routes.removed.length + c.routes.changed.length + c.tools.added.length + c.tools.removed.length +
      c.secrets.added.length + c.secrets.removed.length ===
    0
  );
}

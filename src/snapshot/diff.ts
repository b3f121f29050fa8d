/**
 * What changed between two sides (snapshots or the current specs): services, images, lock pins,
 * ports, statuses, routes, API endpoints, MCP tools, secret key names, health URLs, regions and
 * requirements, plus a terraform-plan-style count of it all. Values of secrets never appear: only
 * key names are compared.
 */
import { allContainers } from '../model/query.js';
import type { Container, Route, SpecModel } from '../model/schema.js';
import { type ChangeKind, type ChangeSummary, type KindCount, summarize } from './summary.js';
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
  /** Pins added to or removed from versions.lock (changed pins are `lock`). */
  lockPins: { added: { name: string; pin: string }[]; removed: string[] };
  /** API endpoints by identity (method, when written, and path). */
  endpoints: AddRemove;
  /** Health URLs of "Monitoring & Health". */
  healthUrls: AddRemove;
  /** Country domains of the multi-country section. */
  regions: AddRemove;
  /** Requirement items, named `Profile / Key` (`Minimum VPS Specs / RAM`). */
  requirements: { added: { name: string; value: string }[]; removed: string[]; changed: Change[] };
  /** The counts per kind and the one-line summary (`+2 services, ~1 route, -1 endpoint`). */
  summary: ChangeSummary;
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
const pin = (i: { image: string; tag: string; digest?: string | undefined }) => `${i.image}:${i.tag}${i.digest ? `@${i.digest}` : ''}`;
const endpoints = (m: SpecModel) => (m.api?.categories ?? []).flatMap((c) => c.endpoints).map((e) => `${e.method ? `${e.method.toUpperCase()} ` : ''}${e.path}`);
const requirementItems = (m: SpecModel) => m.requirements.flatMap((p) => p.items.map((i) => ({ name: `${p.title} / ${i.key}`, value: i.text })));
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
  const pins = addRemove(la.keys(), lb.keys());
  const qa = byName(requirementItems(a.model), (i) => i.name);
  const qb = byName(requirementItems(b.model), (i) => i.name);
  const requirements = addRemove(qa.keys(), qb.keys());
  const changes: Omit<Changes, 'summary'> = {
    from: { label: a.label, version: a.model.header?.version },
    to: { label: b.label, version: b.model.header?.version },
    services: { added: services.added.map((name) => ({ name, image: cb.get(name)!.image.raw })), removed: services.removed },
    images: changed(ca, cb, (c) => c.image.raw),
    lock: changed(la, lb, pin),
    ports: changed(ca, cb, ports),
    status: changed(ca, cb, (c) => c.status),
    routes: { added: routes.added.map((host) => ({ host, target: routeTarget(rb.get(host)!) })), removed: routes.removed, changed: changed(ra, rb, routeTarget) },
    tools: addRemove(a.tools, b.tools),
    secrets: addRemove((a.model.secrets?.keys ?? []).map((k) => k.key), (b.model.secrets?.keys ?? []).map((k) => k.key)),
    lockPins: { added: pins.added.map((name) => ({ name, pin: pin(lb.get(name)!) })), removed: pins.removed },
    endpoints: addRemove(endpoints(a.model), endpoints(b.model)),
    healthUrls: addRemove((a.model.monitoring?.healthUrls ?? []).map((h) => h.url), (b.model.monitoring?.healthUrls ?? []).map((h) => h.url)),
    regions: addRemove((a.model.regions?.domains ?? []).map((d) => d.domain), (b.model.regions?.domains ?? []).map((d) => d.domain)),
    requirements: {
      added: requirements.added.map((name) => ({ name, value: qb.get(name)!.value })),
      removed: requirements.removed,
      changed: changed(qa, qb, (i) => i.value),
    },
  };
  return { ...changes, summary: summarize(countKinds(changes)) };
}

/** The count of each kind. */
function countKinds(c: Omit<Changes, 'summary'>): Record<ChangeKind, KindCount> {
  const count = (added: number, changed: number, removed: number): KindCount => ({ added, changed, removed });
  const ar = (x: { added: unknown[]; removed: unknown[] }) => count(x.added.length, 0, x.removed.length);
  return {
    services: ar(c.services),
    images: count(0, c.images.length, 0),
    lockPins: count(c.lockPins.added.length, c.lock.length, c.lockPins.removed.length),
    ports: count(0, c.ports.length, 0),
    status: count(0, c.status.length, 0),
    routes: count(c.routes.added.length, c.routes.changed.length, c.routes.removed.length),
    endpoints: ar(c.endpoints),
    tools: ar(c.tools),
    secrets: ar(c.secrets),
    healthUrls: ar(c.healthUrls),
    regions: ar(c.regions),
    requirements: count(c.requirements.added.length, c.requirements.changed.length, c.requirements.removed.length),
  };
}

/** True when nothing changed (versions aside). */
export function isEmpty(c: Changes): boolean {
  return c.summary.added + c.summary.changed + c.summary.removed === 0;
}

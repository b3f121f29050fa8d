/**
 * Facts about containers that several generators share: the pinned image, the API container, the
 * port a route reaches, the secret groups a container reads. Every value that ends up in an output
 * is checked against the model's grammars here, so spec text cannot smuggle syntax into a file.
 */
import { boltError } from '../../src/errors/index.js';
import type { Container, Lock, LockImage, Route, SpecModel } from '../../src/model/schema.js';
import { isContainerName, isHostname } from '../../src/model/values.js';
import { containersByName as byName } from '../../src/model/query.js';
import { secretGroupKey, WELL_KNOWN, wellKnownId } from '../well-known.js';

/**
 * A value computed once per object (model or lock) and reused by every container that asks:
 * the generators are pure and never mutate their input, so the object identifies the value.
 * Without it, per-container look-ups over every route, pin or group made generation quadratic.
 */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** versions.lock pins by service name (the first pin of a service wins, as `find` did). */
const pinsOf = memoize((lock: Lock): Map<string, LockImage> => {
  const pins = new Map<string, LockImage>();
  for (const pin of lock.images) if (!pins.has(pin.service)) pins.set(pin.service, pin);
  return pins;
});

/** The lock's pin of a container, if any. */
export function pinOf(container: Container, lock: Lock | undefined): LockImage | undefined {
  return lock ? pinsOf(lock).get(container.name) : undefined;
}

/** Containers of every tier by name (the first one of a name wins, as `find` did). */
const containersByName = memoize(byName);

/** Throws unless `name` is a valid container name (the generators' last line of defence). */
export function assertContainerName(container: Container): void {
  if (!isContainerName(container.name)) {
    const pos = container.pos;
    throw boltError('ContainerNameInvalid', { name: container.name }, { location: pos ? { file: pos.file, line: pos.line, column: pos.column } : undefined });
  }
}

/** Throws unless `host` is a DNS name. */
export function assertHost(host: string, where: Route['pos']): void {
  if (!isHostname(host)) {
    throw boltError('HostInvalid', { host }, { location: where ? { file: where.file, line: where.line, column: where.column } : undefined });
  }
}

/** The image reference to run: versions.lock's pin when there is one, else the inventory's. */
export function pinnedImage(container: Container, lock: Lock | undefined): string | undefined {
  const pin = pinOf(container, lock);
  if (pin) return `${pin.image}:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
  const { name, tag, digest } = container.image;
  if (!name) return undefined;
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** The well-known id of a container's image (lock pin first). */
export function containerKind(container: Container, lock: Lock | undefined): string | undefined {
  const pin = pinOf(container, lock);
  return wellKnownId(pin?.image ?? container.image.name);
}

/** The container behind the Unified API's host, if the routing table names one. */
export const apiContainer = memoize((model: SpecModel): string | undefined => {
  const host = model.api?.host;
  if (!host) return undefined;
  const route = model.routing?.routes.find((r) => r.host === host && !r.external);
  return route?.target;
});

/** The container port a route reaches: its own, else the container's only exposed port, else 80. */
export function routePort(route: Route, model: SpecModel): number {
  if (route.port !== undefined) return route.port;
  const ports = containersByName(model).get(route.target)?.ports ?? [];
  return ports.length === 1 ? ports[0]!.container : 80;
}

/** Secret groups (names as written) a container reads; see the rules in `well-known.ts`. */
export function secretGroupsOf(container: Container, model: SpecModel, lock: Lock | undefined): string[] {
  const { names, byKey } = secretGroupIndex(model);
  if (container.name === apiContainer(model)) return [...names];
  const kind = containerKind(container, lock);
  const keys = new Set([container.name.toLowerCase(), ...(kind ? [kind, ...WELL_KNOWN[kind]!.secretGroups] : [])]);
  // The few keys of a container pick their groups from the index; spec order is restored after.
  const matched: number[] = [];
  for (const key of keys) matched.push(...(byKey.get(key) ?? []));
  return matched.sort((a, b) => a - b).map((i) => names[i]!);
}

/** Secret group names in spec order, and their positions by matching key. */
const secretGroupIndex = memoize((model: SpecModel): { names: string[]; byKey: Map<string, number[]> } => {
  const names = model.secrets?.groups.map((g) => g.name) ?? [];
  const byKey = new Map<string, number[]>();
  names.forEach((name, i) => {
    const key = secretGroupKey(name);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  return { names, byKey };
});

/**
 * Facts about containers that several generators share: the pinned image, the API container, the
 * port a route reaches, the wiring (env, env file, backends) of `src/images/wiring.ts`. Every value that ends up in an output
 * is checked against the model's grammars here, so spec text cannot smuggle syntax into a file.
 */
import { boltError } from '../../src/errors/index.js';
import type { Container, Lock, Route, SpecModel } from '../../src/model/schema.js';
import { isContainerName, isHostname } from '../../src/model/values.js';
import { containersByName as byName } from '../../src/model/query.js';
import { lookupImage } from '../../src/images/index.js';
import { apiContainerOf, type ContainerWiring, imageOf, wiring } from '../../src/images/wiring.js';

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
  return imageOf(container, lock);
}

/** The catalogue id of a container's image (lock pin first), undefined for an image the catalogue does not know. */
export function containerKind(container: Container, lock: Lock | undefined): string | undefined {
  return lookupImage(imageOf(container, lock))?.id;
}

/** The container behind the Unified API's host, if the routing table names one. */
export const apiContainer = memoize(apiContainerOf);

/** The container port a route reaches: its own, else the container's only exposed port, else 80. */
export function routePort(route: Route, model: SpecModel): number {
  if (route.port !== undefined) return route.port;
  const ports = containersByName(model).get(route.target)?.ports ?? [];
  return ports.length === 1 ? ports[0]!.container : 80;
}

/** The wiring of every container (`src/images/wiring.ts`), once per model and lock. */
const wiringByLock = memoize((model: SpecModel) => memoize((lock: Lock) => wiring(model, lock)));
const wiringNoLock = memoize((model: SpecModel) => wiring(model, undefined));

/** The wiring of every container of the model. */
export function wiringOf(model: SpecModel, lock: Lock | undefined): Map<string, ContainerWiring> {
  return lock ? wiringByLock(model)(lock) : wiringNoLock(model);
}

/** The spec keys a container reads through the env file (see `src/images/wiring.ts`). */
export function secretKeysOf(container: Container, model: SpecModel, lock: Lock | undefined): string[] {
  return wiringOf(model, lock).get(container.name)?.reads ?? [];
}

/**
 * Facts about containers that several generators share: the pinned image, the API container, the
 * port a route reaches, the wiring (env, env file, backends) of `src/images/wiring.ts`. Every value that ends up in an output
 * is checked against the model's grammars here, so spec text cannot smuggle syntax into a file.
 */
import { boltError } from '../../src/errors/index.js';
import type { RunMemo } from '../../src/memo.js';
import type { Container, Lock, Route, SpecModel } from '../../src/model/schema.js';
import { isContainerName, isHostname } from '../../src/model/values.js';
import { allContainers } from '../../src/model/query.js';
import { lookupImage } from '../../src/images/index.js';
import { type ContainerWiring, imageOf, wiring } from '../../src/images/wiring.js';

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

/** The container port a route reaches: its own, else the container's only exposed port, else 80. */
export function routePort(route: Route, model: SpecModel): number {
  if (route.port !== undefined) return route.port;
  const ports = allContainers(model).find((c) => c.name === route.target)?.ports ?? [];
  return ports.length === 1 ? ports[0]!.container : 80;
}

/**
 * The wiring of every container (`src/images/wiring.ts`). Computed on each call: a generator asks
 * once per run and passes the map down (nothing is cached between runs).
 */
export function wiringOf(model: SpecModel, lock: Lock | undefined, memo?: RunMemo): Map<string, ContainerWiring> {
  return wiring(model, lock, memo);
}

/** The spec keys a container reads through the env file (see `src/images/wiring.ts`). */
export function secretKeysOf(container: Container, wirings: Map<string, ContainerWiring>): string[] {
  return wirings.get(container.name)?.reads ?? [];
}

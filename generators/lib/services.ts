/**
 * Facts about containers that several generators share: the pinned image, the API container, the
 * port a route reaches, the secret groups a container reads. Every value that ends up in an output
 * is checked against the model's grammars here, so spec text cannot smuggle syntax into a file.
 */
import { BoltError } from '../../src/errors.js';
import type { Container, Lock, Route, SpecModel } from '../../src/model/schema.js';
import { isContainerName, isHostname } from '../../src/model/values.js';
import { secretGroupKey, WELL_KNOWN, wellKnownId } from '../well-known.js';

/** Every container of every tier. */
export function allContainers(model: SpecModel): Container[] {
  return model.inventory?.tiers.flatMap((t) => t.containers) ?? [];
}

/** Throws unless `name` is a valid container name (the generators' last line of defence). */
export function assertContainerName(container: Container): void {
  if (!isContainerName(container.name)) {
    throw new BoltError(`Unexpected container name \`${container.name}\`, expected letters, digits, \`_\`, \`.\` and \`-\``, {
      location: { file: container.pos?.file ?? 'spec', line: container.pos?.line, column: container.pos?.column },
    });
  }
}

/** Throws unless `host` is a DNS name. */
export function assertHost(host: string, where: Route['pos']): void {
  if (!isHostname(host)) {
    throw new BoltError(`Unexpected host \`${host}\`, expected a domain name`, {
      location: { file: where?.file ?? 'spec', line: where?.line, column: where?.column },
    });
  }
}

/** The image reference to run: versions.lock's pin when there is one, else the inventory's. */
export function pinnedImage(container: Container, lock: Lock | undefined): string | undefined {
  const pin = lock?.images.find((i) => i.service === container.name);
  if (pin) return `${pin.image}:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
  const { name, tag, digest } = container.image;
  if (!name) return undefined;
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** The well-known id of a container's image (lock pin first). */
export function containerKind(container: Container, lock: Lock | undefined): string | undefined {
  const pin = lock?.images.find((i) => i.service === container.name);
  return wellKnownId(pin?.image ?? container.image.name);
}

/** The container behind the Unified API's host, if the routing table names one. */
export function apiContainer(model: SpecModel): string | undefined {
  const host = model.api?.host;
  if (!host) return undefined;
  const route = model.routing?.routes.find((r) => r.host === host && !r.external);
  return route?.target;
}

/** The container port a route reaches: its own, else the container's only exposed port, else 80. */
export function routePort(route: Route, model: SpecModel): number {
  if (route.port !== undefined) return route.port;
  const ports = allContainers(model).find((c) => c.name === route.target)?.ports ?? [];
  return ports.length === 1 ? ports[0]!.container : 80;
}

/** Secret groups (names as written) a container reads; see the rules in `well-known.ts`. */
export function secretGroupsOf(container: Container, model: SpecModel, lock: Lock | undefined): string[] {
  const groups = model.secrets?.groups.map((g) => g.name) ?? [];
  if (container.name === apiContainer(model)) return groups;
  const kind = containerKind(container, lock);
  const keys = new Set([container.name.toLowerCase(), ...(kind ? [kind, ...WELL_KNOWN[kind]!.secretGroups] : [])]);
  return groups.filter((g) => keys.has(secretGroupKey(g)));
}

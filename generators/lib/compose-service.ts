/**
 * One Compose service from one inventory container, with what `well-known.ts` adds for its image.
 */
import type { Container, Lock, SpecModel, Tier } from '../../src/model/schema.js';
import { CADDYFILE_MOUNT, type Healthcheck, WELL_KNOWN } from '../well-known.js';
import { dockerfileFor } from './dockerfile.js';
import { apiContainer, containerKind, memoize, pinnedImage, routePort, secretGroupsOf } from './services.js';

/** A Compose service as we emit it (key order = output order). */
export interface ComposeService {
  container_name: string;
  image?: string;
  build?: { context: string; dockerfile: string };
  restart: 'unless-stopped';
  profiles?: string[];
  cap_add?: string[];
  ports?: string[];
  env_file?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: 'service_healthy' | 'service_started' }>;
  healthcheck?: Healthcheck;
}

/** What a service is built in. */
export interface ServiceContext {
  model: SpecModel;
  lock: Lock | undefined;
  tier: Tier;
  /** The compose file's name, to find the Dockerfile of a locally built image. */
  composeFile: string;
}

const PROFILE: Partial<Record<Container['status'], string>> = { planned: 'planned', pending: 'planned', stopped: 'stopped' };

/** The env file Compose reads secrets from (the Secrets section's H3 names it). */
export function envFileName(model: SpecModel): string {
  const name = model.secrets?.envFile;
  return name && /^\.?[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name) ? name : '.env.production';
}

/** `8001:8000`, `53:53/udp`. */
function portSpec(p: Container['ports'][number]): string {
  return `${p.host}:${p.container}${p.protocol === 'udp' ? '/udp' : ''}`;
}

/**
 * The healthcheck of the API container: its own health path, read with Python's standard library.
 * Computed once per model (it only depends on the API host, its route and the health URLs).
 */
const apiHealthcheckOf = memoize((model: SpecModel): Healthcheck | undefined => {
  const host = model.api?.host;
  const name = apiContainer(model);
  if (name === undefined) return undefined;
  const route = model.routing?.routes.find((r) => r.host === host && r.target === name);
  if (!route) return undefined;
  let url: URL | undefined;
  for (const h of model.monitoring?.healthUrls ?? []) {
    url = parseUrl(h.url);
    if (url?.hostname === host) break;
    url = undefined;
  }
  if (!url || !/^\/[A-Za-z0-9_./-]*$/.test(url.pathname)) return undefined;
  const probe = `import urllib.request; urllib.request.urlopen('http://localhost:${routePort(route, model)}${url.pathname}', timeout=4)`;
  return { test: ['CMD', 'python', '-c', probe], interval: '30s', timeout: '5s', retries: 5, start_period: '20s' };
});

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The healthcheck of `container` when it is the API container. */
function apiHealthcheck(container: Container, model: SpecModel): Healthcheck | undefined {
  return container.name === apiContainer(model) ? apiHealthcheckOf(model) : undefined;
}

/** The service for `container`, and the named volumes it declares. */
export function composeService(container: Container, ctx: ServiceContext): { service: ComposeService; namedVolumes: string[] } {
  const { model, lock } = ctx;
  const kind = containerKind(container, lock);
  const known = kind ? WELL_KNOWN[kind] : undefined;
  const image = container.image.custom === undefined ? pinnedImage(container, lock) : undefined;
  const profile = PROFILE[container.status];
  const namedVolumes = Object.keys(known?.volumes ?? {}).sort().map((suffix) => `${container.name}-${suffix}`);
  const mounts = Object.entries(known?.volumes ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([suffix, path]) => `${container.name}-${suffix}:${path}`);
  if (kind === 'caddy') mounts.push(`./Caddyfile:${caddyfileMount(model)}:ro`);

  const service: ComposeService = {
    container_name: container.name,
    // A locally built image (`Custom (Python 3.12)`) builds from the spec repository, the parent
    // of the output folder the compose file is generated into (`out/`).
    ...(image ? { image } : { build: { context: '..', dockerfile: dockerfileFor(model, container.name, ctx.composeFile) } }),
    restart: 'unless-stopped',
    ...(profile ? { profiles: [profile] } : {}),
    ...(known?.capAdd ? { cap_add: [...known.capAdd] } : {}),
    ...(container.ports.length > 0 ? { ports: container.ports.map(portSpec) } : {}),
    ...(secretGroupsOf(container, model, lock).length > 0 ? { env_file: [envFileName(model)] } : {}),
    ...(mounts.length > 0 ? { volumes: mounts } : {}),
  };
  const deps = dependencies(container, kind, ctx);
  if (deps.length > 0) {
    service.depends_on = Object.fromEntries(
      deps.map((d) => [d.name, { condition: hasHealthcheck(d, ctx) ? 'service_healthy' : 'service_started' }]),
    );
  }
  const healthcheck = known?.healthcheck ?? apiHealthcheck(container, model);
  if (healthcheck) service.healthcheck = { ...healthcheck, test: [...healthcheck.test] };
  return { service, namedVolumes };
}

function caddyfileMount(model: SpecModel): string {
  const path = model.routing?.caddyfile?.path;
  return path && /^\/[A-Za-z0-9_./-]+$/.test(path) && !path.split('/').includes('..') ? path : CADDYFILE_MOUNT;
}

function hasHealthcheck(container: Container, ctx: ServiceContext): boolean {
  const kind = containerKind(container, ctx.lock);
  return kind !== undefined || apiHealthcheck(container, ctx.model) !== undefined;
}

/**
 * A tier's containers (positions in inventory order) by well-known kind and by name, once per
 * context (`composeDocument` shares one context between the services of a tier).
 */
const tierIndex = memoize(({ tier, lock }: ServiceContext): { byKind: Map<string, number[]>; byName: Map<string, number[]> } => {
  const byKind = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  tier.containers.forEach((c, i) => {
    add(byName, c.name, i);
    const kind = containerKind(c, lock);
    if (kind !== undefined) add(byKind, kind, i);
  });
  return { byKind, byName };
});

/** Targets of live, internal routes: what a Caddy container waits for. */
const liveRouteTargets = memoize((model: SpecModel): Set<string> => {
  const targets = new Set<string>();
  for (const r of model.routing?.routes ?? []) if (!r.planned && !r.external) targets.add(r.target);
  return targets;
});

/**
 * Services this one waits for, within the same tier, in inventory order. A dependency under a
 * profile the dependent does not share is left out: Compose would refuse to start without it.
 */
function dependencies(container: Container, kind: string | undefined, ctx: ServiceContext): Container[] {
  const { model, tier } = ctx;
  const { byKind, byName } = tierIndex(ctx);
  const positions = new Set<number>();
  for (const id of kind ? WELL_KNOWN[kind]!.dependsOn : []) for (const i of byKind.get(id) ?? []) positions.add(i);
  if (kind === 'caddy') for (const name of liveRouteTargets(model)) for (const i of byName.get(name) ?? []) positions.add(i);
  const profile = PROFILE[container.status];
  return [...positions]
    .sort((a, b) => a - b)
    .map((i) => tier.containers[i]!)
    .filter((c) => c.name !== container.name && (PROFILE[c.status] === undefined || PROFILE[c.status] === profile));
}

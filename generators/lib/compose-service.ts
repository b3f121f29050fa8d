/**
 * One Compose service from one inventory container: what the spec says (image, ports, status),
 * the wiring decided in `src/images/wiring.ts` (environment, env file, backends) and, where the
 * spec is silent, the image catalogue's defaults (`src/images/`: volumes, healthcheck, command,
 * capabilities, the config path Caddy reads). Each service carries notes saying which is which.
 */
import type { ImageFacts } from '../../src/images/types.js';
import { type ContainerWiring, envFileOf, healthPort, healthTest } from '../../src/images/wiring.js';
import { buildFor } from '../../src/model/dockerfile.js';
import { isLocalBuild } from '../../src/model/query.js';
import type { RunMemo } from '../../src/memo.js';
import { atPositions } from '../../src/model/positions.js';
import type { Container, Lock, SpecModel, Tier } from '../../src/model/schema.js';
import { routePort, wiringOf } from './services.js';

/** A healthcheck in Compose form (`test` is exec form; durations as Compose strings). */
export interface Healthcheck {
  test: string[];
  interval: string;
  timeout: string;
  retries: number;
  start_period?: string;
}

/** A Compose service as we emit it (key order = output order). */
export interface ComposeService {
  container_name: string;
  image?: string;
  build?: { context: string; dockerfile: string };
  entrypoint?: string[];
  command?: string[];
  restart: 'unless-stopped' | 'on-failure:3';
  profiles?: string[];
  cap_add?: string[];
  ports?: string[];
  environment?: Record<string, string>;
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
  /** What every service of the file looks up, computed once per file (`modelFacts`). */
  facts: ModelFacts;
  /** Positions in `tier.containers` by container name (`positionsBy`). */
  positions: ReadonlyMap<string, readonly number[]>;
}

/** Facts about the whole model that each service consults: computed once by the caller and passed down. */
export interface ModelFacts {
  wiring: Map<string, ContainerWiring>;
  healthUrls: Map<string, { path: string; port: number; url: string }>;
  liveTargets: Set<string>;
}

/** The facts of `model` (with `lock`) that every service of a compose file consults. */
export function modelFacts(model: SpecModel, lock: Lock | undefined, memo?: RunMemo): ModelFacts {
  return { wiring: wiringOf(model, lock, memo), healthUrls: healthUrlsByContainer(model), liveTargets: liveRouteTargets(model) };
}

/** A generated service, the named volumes it declares and the notes for its comment. */
export interface ServiceResult {
  service: ComposeService;
  namedVolumes: string[];
  notes: string[];
}

const PROFILE: Partial<Record<Container['status'], string>> = { planned: 'planned', pending: 'planned', stopped: 'stopped' };
const EVERY = { interval: '30s', timeout: '5s', retries: 5 } as const;

/** The env file Compose reads secrets from (the Secrets section's H3 names it). */
export function envFileName(model: SpecModel): string {
  return envFileOf(model);
}

/** `8001:8000`, `53:53/udp`. */
function portSpec(p: Container['ports'][number]): string {
  return `${p.host}:${p.container}${p.protocol === 'udp' ? '/udp' : ''}`;
}

/** The named-volume suffix of a data directory: `data` for an image's first, else its last path segment. */
function volumeSuffix(dir: string, first: boolean): string {
  const last = dir.split('/').filter(Boolean).at(-1)?.replace(/^\.+/, '').replace(/[^A-Za-z0-9_.-]/g, '-') ?? 'data';
  if (first && !['data', 'config', 'storage', 'logs'].includes(last)) return 'data';
  return last || 'data';
}

/** The health URLs of Monitoring & Health on a live route to `name`: path and container port. */
function healthUrlsByContainer(model: SpecModel): Map<string, { path: string; port: number; url: string }> {
  const found = new Map<string, { path: string; port: number; url: string }>();
  for (const h of model.monitoring?.healthUrls ?? []) {
    let url: URL;
    try {
      url = new URL(h.url);
    } catch {
      continue;
    }
    if (!/^\/[A-Za-z0-9_./-]*$/.test(url.pathname)) continue;
    const route = model.routing?.routes.find((r) => !r.planned && !r.external && r.host.toLowerCase() === url.hostname.toLowerCase());
    if (!route || found.has(route.target)) continue;
    found.set(route.target, { path: url.pathname, port: routePort(route, model), url: h.url });
  }
  return found;
}

/** An HTTP probe with the image's own client, or undefined when it ships none. */
function httpProbe(facts: ImageFacts, url: string): string[] | undefined {
  if (facts.tools.includes('wget')) return ['wget', '-q', '-O', '/dev/null', url];
  if (facts.tools.includes('curl')) return ['curl', '-fsS', '-o', '/dev/null', url];
  return undefined;
}

/**
 * The healthcheck of a container: the spec's health URL on it (path + container port) probed with a
 * client the image ships, else the catalogue's check, else none. An unknown image gets none: which
 * binaries it ships is not known, and a check that cannot run keeps every dependent from starting.
 */
export function healthcheckOf(container: Container, ctx: Pick<ServiceContext, 'facts'>): { check?: Healthcheck; note: string } {
  const w = ctx.facts.wiring.get(container.name);
  const facts = w?.facts;
  if (!facts) return { note: 'no healthcheck: the catalogue does not know this image, so which binaries it ships is unknown' };
  const fromSpec = ctx.facts.healthUrls.get(container.name);
  const start = facts.healthcheck?.startPeriod ? { start_period: facts.healthcheck.startPeriod } : {};
  // The spec's path, unless the image documents another one: a probe of a path the image does not
  // serve never passes, and every service waiting for it would never start.
  const conflict = fromSpec && facts.healthPath !== undefined && fromSpec.path !== facts.healthPath;
  if (fromSpec && !conflict && facts.ports.length > 0) {
    const probe = httpProbe(facts, `http://localhost:${fromSpec.port}${fromSpec.path}`);
    if (probe) return { check: { test: ['CMD', ...probe], ...EVERY, ...start }, note: `healthcheck: ${fromSpec.url} from Monitoring & Health, probed on port ${fromSpec.port} with ${probe[0]} (shipped by the image)` };
  }
  if (facts.healthcheck) {
    const why = conflict ? `; the spec's ${fromSpec.url} is not the path the image serves health on (${facts.healthPath})` : '';
    return { check: { test: ['CMD', ...healthTest(facts.healthcheck, healthPort(facts, container))], ...EVERY, ...start }, note: `healthcheck: the catalogue's (src/images/), with ${facts.healthcheck.test[0]} shipped by the image${why}` };
  }
  return { note: `no healthcheck: ${facts.id} ships no tool that can probe it (src/images/)` };
}

/** Targets of live, internal routes: what a proxy waits for. */
function liveRouteTargets(model: SpecModel): Set<string> {
  const targets = new Set<string>();
  for (const r of model.routing?.routes ?? []) if (!r.planned && !r.external) targets.add(r.target);
  return targets;
}

/** The service for `container`, or undefined (with the reason) when it cannot be run from this repository. */
export function composeService(container: Container, ctx: ServiceContext): ServiceResult | { leftOut: string } {
  const { model } = ctx;
  const w = ctx.facts.wiring.get(container.name)!;
  const facts = w.facts;
  const notes: string[] = [];
  const profile = PROFILE[container.status];
  const local = isLocalBuild(container, model);
  const lab = ctx.tier.id === 'lab';

  let build: ComposeService['build'];
  if (local) {
    build = buildFor(model, container, ctx.composeFile);
    if (build) notes.push(`built from ${build.dockerfile} (Directory Structure), context ${build.context}`);
    // Only a spec that describes its tree can say the Dockerfile is missing; without one, the usual place is assumed.
    else if (lab && model.directories.length > 0) return { leftOut: `${container.name} (built locally, and the Directory Structure shows no Dockerfile for it: deploy/missing-build-context)` };
    else {
      build = { context: '..', dockerfile: 'Dockerfile' };
      notes.push(
        model.directories.length > 0
          ? 'built from ./Dockerfile at the repository root: the Directory Structure shows none for it (deploy/missing-build-context)'
          : 'built from ./Dockerfile at the repository root: the spec has no Directory Structure to say where its Dockerfile is',
      );
    }
  }
  const image = container.image.custom === undefined ? w.image : undefined;

  const dataDirs = facts?.dataDirs ?? [];
  const named = dataDirs.map((dir, i) => ({ name: `${container.name}-${volumeSuffix(dir, i === 0)}`, dir }));
  const mounts = [...named].sort((a, b) => a.name.localeCompare(b.name)).map((v) => `${v.name}:${v.dir}`);
  if (named.length > 0) notes.push(`volumes: the image's data directories ${dataDirs.join(', ')} (src/images/)`);
  const isCaddy = facts?.id === 'caddy';
  if (isCaddy) {
    // The image runs `caddy run --config /etc/caddy/Caddyfile`: another path would be ignored.
    mounts.push(`./Caddyfile:${facts.configFiles[0]}:ro`);
    notes.push(`the generated Caddyfile mounted at ${facts.configFiles[0]}, the path the image reads`);
  }
  if (facts?.command || facts?.entrypoint) notes.push(`command: the catalogue's, the image's default does not start the service`);
  if (w.environment.length > 0) notes.push(...w.notes.map((n) => `environment: ${n}`));
  const added = w.added.map((a) => a.key);
  if (added.length > 0) notes.push(`${added.join(', ')}: not in the spec's Secrets Management, added to .env.example (${w.added[0]!.required ? 'deploy/missing-required-env' : 'deploy/added-env'})`);
  // Every key only for the API container: an image that happens to read each key the spec lists (a
  // spec of three POSTGRES_* keys) is named by its keys.
  if (w.reads.length > 0) notes.push(`env_file: reads ${w.readsEvery ? 'every key (the Unified API container)' : w.reads.join(', ')}`);
  if (lab) notes.push('restart: on-failure:3, so a lab tool that exits after its work (or `--help`) is not restarted forever');

  const service: ComposeService = {
    container_name: container.name,
    ...(image ? { image } : {}),
    ...(build ? { build } : {}),
    ...(facts?.entrypoint ? { entrypoint: [...facts.entrypoint] } : {}),
    ...(facts?.command ? { command: [...facts.command] } : {}),
    restart: lab ? 'on-failure:3' : 'unless-stopped',
    ...(profile ? { profiles: [profile] } : {}),
    ...(facts?.capAdd ? { cap_add: [...facts.capAdd] } : {}),
    ...(container.ports.length > 0 ? { ports: container.ports.map(portSpec) } : {}),
    ...(w.environment.length > 0 ? { environment: Object.fromEntries(w.environment.map((e) => [e.name, e.value])) } : {}),
    ...(w.reads.length > 0 ? { env_file: [envFileName(model)] } : {}),
    ...(mounts.length > 0 ? { volumes: mounts } : {}),
  };
  const deps = dependencies(container, facts, ctx);
  if (deps.length > 0) {
    service.depends_on = Object.fromEntries(deps.map((d) => [d.name, { condition: healthcheckOf(d, ctx).check ? 'service_healthy' : 'service_started' }]));
  }
  const health = healthcheckOf(container, ctx);
  if (health.check) service.healthcheck = health.check;
  notes.push(health.note);
  return { service, namedVolumes: named.map((v) => v.name).sort(), notes };
}

/**
 * Services this one waits for, within the same tier, in inventory order: the backends it is wired
 * to, and for Caddy every container a live route targets. A dependency under a profile the
 * dependent does not share is left out: Compose would refuse to start without it.
 */
function dependencies(container: Container, facts: ImageFacts | undefined, ctx: ServiceContext): Container[] {
  const { tier } = ctx;
  const wanted = new Set(ctx.facts.wiring.get(container.name)?.backends ?? []);
  if (facts?.id === 'caddy') for (const name of ctx.facts.liveTargets) wanted.add(name);
  const profile = PROFILE[container.status];
  wanted.delete(container.name);
  return atPositions(tier.containers, ...[...wanted].map((name) => ctx.positions.get(name))).filter((c) => PROFILE[c.status] === undefined || PROFILE[c.status] === profile);
}

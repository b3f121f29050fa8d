/**
 * What to verify, derived from the model only: health URLs (http), live routed domains (tls),
 * published ports of running containers (tcp), the PostgreSQL and Redis containers, the Docker
 * inventory and the MCP endpoint. Dependencies make a failed connect skip what builds on it.
 * Port checks target what the vantage reaches (`vantage.ts`): `smartapi:8000` from the Docker
 * network, `<server>:8001` from the host.
 */
import { allContainers } from '../model/query.js';
import type { Container, Lock, PortMapping, Pos, SpecModel } from '../model/schema.js';
import { hostPort } from './endpoints.js';
import { dockerContainerCheck, dockerListCheck, dockerUnlistedCheck } from './probes/docker.js';
import type { DockerEndpoint } from './probes/docker-api.js';
import { httpCheck } from './probes/http.js';
import { mcpCheck, type RegistryTools } from './probes/mcp.js';
import { type PgCredentials, postgresCheck } from './probes/postgres.js';
import { type RedisAuth, redisCheck } from './probes/redis.js';
import { tcpCheck, udpSkip } from './probes/tcp.js';
import { type ExpiryPolicy, tlsCheck } from './probes/tls.js';
import type { CheckKind, CheckPlan } from './types.js';
import { portEndpoint, type Vantage } from './vantage.js';

/** Everything besides the model that decides the checks. */
export interface TargetOptions {
  lock?: Lock | undefined;
  only?: ReadonlySet<CheckKind> | undefined;
  expiry: ExpiryPolicy;
  registry: RegistryTools;
  docker: DockerEndpoint;
  pg?: PgCredentials | undefined;
  redis?: RedisAuth | undefined;
  /** `--insecure`: HTTP/MCP do not wait for the `tls` check. */
  insecure?: boolean | undefined;
  /** Where port checks run from; default the Docker network. */
  vantage?: Vantage | undefined;
}

/** `specs/os.md:267:3`. */
export function at(pos: Pos | undefined): string | undefined {
  return pos ? `${pos.file}:${pos.line}:${pos.column}` : undefined;
}

/** The last path segment of an image name without registry: `postgres` of `docker.io/library/postgres`. */
function imageBase(c: Container): string {
  return (c.image.name ?? '').split('/').pop() ?? '';
}

/** The container's TCP port mapping for `containerPort`, else its first TCP port. */
function tcpPort(c: Container, containerPort: number): PortMapping | undefined {
  const tcp = c.ports.filter((p) => p.protocol === 'tcp');
  return tcp.find((p) => p.container === containerPort) ?? tcp[0];
}

const isPostgres = (c: Container): boolean => /^(postgres|postgis|supabase-postgres)/.test(imageBase(c)) || c.name === 'postgres';
const isRedis = (c: Container): boolean => /^(redis|valkey)/.test(imageBase(c)) || c.name === 'redis';

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/** Derives the check plans, in report order (by kind, then as the spec lists them). */
export function deriveChecks(model: SpecModel, options: TargetOptions): CheckPlan[] {
  const plans: CheckPlan[] = [];
  const running = allContainers(model).filter((c) => c.status === 'running');
  const vantage: Vantage = options.vantage ?? { from: 'network' };
  /** The id of the tcp check of an endpoint. */
  const tcpId = (e: { host: string; port: number }) => `tcp ${hostPort(e.host, e.port)}`;

  for (const c of running) {
    for (const p of c.ports) {
      const e = portEndpoint(vantage, c, p);
      const plan = p.protocol === 'tcp' ? tcpCheck(e.host, e.port, at(p.pos ?? c.portsPos), c.name) : udpSkip(e.host, e.port, at(p.pos), c.name);
      // `80→80, 8080→80` is one container port from the network: probe it once (ids are unique).
      if (!plans.some((x) => x.id === plan.id)) plans.push(plan);
    }
  }

  const domains = new Map<string, Pos | undefined>();
  for (const r of model.routing?.routes ?? []) if (!r.planned && !domains.has(r.host)) domains.set(r.host, r.hostPos ?? r.pos);
  for (const [host, pos] of domains) plans.push(tlsCheck(host, 443, options.expiry, at(pos)));

  const ids = new Set(plans.map((p) => p.id));
  /** The connection check an application check builds on, when there is one. */
  const transport = (url: URL): string[] => {
    const host = url.hostname;
    if (url.protocol === 'https:' && !options.insecure && ids.has(`tls ${host}:${portOf(url)}`)) return [`tls ${host}:${portOf(url)}`];
    const tcp = `tcp ${host}:${portOf(url)}`;
    return ids.has(tcp) ? [tcp] : [];
  };

  const apiHost = model.api?.host;
  const expected = model.monitoring?.expectedHealth?.json;
  for (const h of model.monitoring?.healthUrls ?? []) {
    let url: URL;
    try {
      url = new URL(h.url);
    } catch {
      continue; // a malformed URL is the static linter's finding, not a live one
    }
    const isApi = apiHost !== undefined && url.hostname === apiHost;
    plans.push(httpCheck({ url: h.url, expectBody: isApi ? expected : undefined, dependsOn: transport(url), source: at(h.pos) }));
  }

  for (const c of running.filter(isPostgres)) {
    const port = tcpPort(c, 5432);
    if (port === undefined) continue;
    const e = portEndpoint(vantage, c, port);
    plans.push(postgresCheck(e.host, e.port, options.pg, [tcpId(e)], at(c.namePos ?? c.pos), c.name));
  }
  for (const c of running.filter(isRedis)) {
    const port = tcpPort(c, 6379);
    if (port === undefined) continue;
    const e = portEndpoint(vantage, c, port);
    plans.push(redisCheck(e.host, e.port, options.redis, [tcpId(e)], at(c.namePos ?? c.pos), c.name));
  }

  plans.push(dockerListCheck(options.docker));
  if (options.docker.kind !== 'none') {
    for (const c of allContainers(model)) plans.push(dockerContainerCheck(c, options.lock, at(c.namePos ?? c.pos)));
    plans.push(dockerUnlistedCheck(allContainers(model).map((c) => c.name)));
  }

  const endpoint = model.mcp?.mount?.endpoint;
  if (apiHost && endpoint) {
    const url = new URL(endpoint, `https://${apiHost}`);
    plans.push(mcpCheck(url.href, options.registry, transport(url), at(model.mcp?.mount?.pos)));
  }

  return options.only ? plans.filter((p) => options.only!.has(p.kind)) : plans;
}

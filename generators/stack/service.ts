/**
 * One Swarm stack service from the Compose service Bolt Lab generates for the same container
 * (`../lib/compose-service.ts`: image, ports, volumes, healthcheck and wiring are decided once) and
 * what the image catalogue (`src/images/`) says: what Swarm ignores or refuses is left out
 * (`container_name`, `build`, `restart`, `depends_on`, `profiles`, `env_file`), secrets become
 * Swarm secrets mounted as files, and `deploy:` says where and how the service runs.
 *
 * Compose file reference for deploy, secrets and configs: https://docs.docker.com/reference/compose-file/deploy/
 * and https://docs.docker.com/engine/swarm/secrets/ (secrets are mounted at /run/secrets/<name>).
 */
import type { ImageFacts } from '../../src/images/types.js';
import type { Container, SecretKey } from '../../src/model/schema.js';
import type { ComposeService } from '../lib/compose-service.js';

/** A service of the stack file (key order = output order). */
export interface StackService {
  image: string;
  command?: string[];
  ports?: { target: number; published: number; protocol: 'tcp' | 'udp'; mode: 'host' | 'ingress' }[];
  environment?: Record<string, string>;
  secrets?: string[];
  configs?: { source: string; target: string }[];
  volumes?: string[];
  networks: string[];
  healthcheck?: ComposeService['healthcheck'];
  deploy: {
    replicas: number;
    placement?: { constraints: string[] };
    restart_policy: { condition: 'any' | 'on-failure'; delay: string; window: string };
    update_config: { parallelism: number; order: 'start-first' | 'stop-first'; failure_action: 'rollback' };
    resources?: { limits: { cpus?: string; memory?: string } };
    labels?: Record<string, string>;
  };
}

/** Where the stack's stateful and edge services are pinned; the operator labels the nodes. */
export const NODE_LABELS = { data: 'smarteros.data', edge: 'smarteros.edge' } as const;

/** The Swarm secret name of a spec key (`POSTGRES_PASSWORD` → `postgres_password`). */
export function secretName(key: string): string {
  return key.toLowerCase();
}

/** What shapes one stack service besides its Compose service. */
export interface StackServiceInput {
  container: Container;
  compose: ComposeService;
  facts: ImageFacts | undefined;
  /** The spec's keys this container reads (secrets and plain settings). */
  keys: SecretKey[];
  /** Networks every service joins. */
  networks: string[];
  /** Publish ports in host mode on the edge node (the Caddy edge). */
  edge: boolean;
  /** The generated Caddyfile as a Swarm config, for the Caddy edge. */
  caddyConfig?: { source: string; target: string } | undefined;
  labels?: Record<string, string> | undefined;
}

/** `512M`, `1G`, `0.5` CPUs from an inventory's extra column (`Memory`, `RAM`, `CPU`), when given. */
function limitsOf(container: Container): { cpus?: string; memory?: string } | undefined {
  const extra = Object.fromEntries(Object.entries(container.extra ?? {}).map(([k, v]) => [k.toLowerCase().replace(/[^a-z]/g, ''), v.replace(/`/g, '').trim()]));
  const mem = extra.memory ?? extra.ram ?? extra.memorylimit ?? extra.mem;
  const cpu = extra.cpu ?? extra.cpus ?? extra.cpulimit;
  const memory = mem && /^(\d+(?:\.\d+)?)\s*([KMG])i?B?$/i.exec(mem);
  const cpus = cpu && /^(\d+(?:\.\d+)?)(?:\s*(?:cores?|cpus?|vcpus?))?$/i.exec(cpu);
  if (!memory && !cpus) return undefined;
  return { ...(cpus ? { cpus: cpus[1]! } : {}), ...(memory ? { memory: `${memory[1]}${memory[2]!.toUpperCase()}` } : {}) };
}

/** The environment and secrets of a service: `*_FILE` for what the image reads from files, `${KEY}` otherwise. */
function environmentOf(input: StackServiceInput): { environment: Record<string, string>; secrets: string[] } {
  const environment: Record<string, string> = {};
  const secrets = new Set<string>();
  const fileVariant = new Map((input.facts?.secretEnv ?? []).filter((s) => s.file).map((s) => [s.name, s.file!]));
  const bySpecKey = new Map(input.keys.map((k) => [k.key, k]));
  const compose = (input.compose as { environment?: Record<string, string> }).environment ?? {};
  for (const [name, value] of Object.entries(compose)) {
    // `${POSTGRES_PASSWORD:?…}`: a reference to a spec secret; the image may read it from a file.
    const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?-][^}]*)?\}$/.exec(value)?.[1];
    // A reference to a key the spec lacks (added to .env.example, `deploy/missing-required-env`) is a secret too.
    const key = ref ? (bySpecKey.get(ref) ?? (value.includes(':?') ? { key: ref, sensitive: true } : undefined)) : undefined;
    if (key?.sensitive) {
      secrets.add(secretName(key.key));
      const file = fileVariant.get(name);
      if (file) environment[file] = `/run/secrets/${secretName(key.key)}`;
      else environment[name] = `\${${key.key}:?export ${key.key} (also docker secret ${secretName(key.key)}) before docker stack deploy}`;
    } else environment[name] = value;
  }
  for (const key of input.keys) {
    if (Object.values(environment).some((v) => v.includes(key.key)) || key.key in environment) continue;
    if (key.sensitive) {
      secrets.add(secretName(key.key));
      const file = fileVariant.get(key.key);
      if (file) environment[file] = `/run/secrets/${secretName(key.key)}`;
      else environment[key.key] = `\${${key.key}:?export ${key.key} (also docker secret ${secretName(key.key)}) before docker stack deploy}`;
    } else {
      // A setting: its value when the spec gives one, else from the deploy environment.
      environment[key.key] = key.placeholder || key.literal !== undefined ? `\${${key.key}}` : key.value;
    }
  }
  return { environment, secrets: [...secrets].sort() };
}

/** The Compose service's command, when the compose generator sets one. */
function commandOf(compose: ComposeService): readonly string[] | undefined {
  const command = (compose as { command?: unknown }).command;
  return Array.isArray(command) ? (command as string[]) : undefined;
}

/** The stack service of one container. */
export function stackService(input: StackServiceInput): StackService {
  const { container, compose, facts } = input;
  const stateful = facts?.stateful ?? false;
  const { environment, secrets } = environmentOf(input);
  const constraints = [...(stateful ? [`node.labels.${NODE_LABELS.data} == true`] : []), ...(input.edge ? [`node.labels.${NODE_LABELS.edge} == true`] : [])];
  const limits = limitsOf(container);
  const volumes = (compose.volumes ?? []).filter((v) => !v.startsWith('./'));
  return {
    image: compose.image!,
    ...(commandOf(compose) ? { command: [...commandOf(compose)!] } : {}),
    ...(container.ports.length > 0
      ? { ports: container.ports.map((p) => ({ target: p.container, published: p.host, protocol: p.protocol, mode: input.edge ? ('host' as const) : ('ingress' as const) })) }
      : {}),
    ...(Object.keys(environment).length > 0 ? { environment } : {}),
    ...(secrets.length > 0 ? { secrets } : {}),
    ...(input.caddyConfig ? { configs: [input.caddyConfig] } : {}),
    ...(volumes.length > 0 ? { volumes } : {}),
    networks: [...input.networks],
    ...(compose.healthcheck ? { healthcheck: compose.healthcheck } : {}),
    deploy: {
      replicas: 1,
      ...(constraints.length > 0 ? { placement: { constraints } } : {}),
      restart_policy: { condition: 'any', delay: '5s', window: '60s' },
      update_config: { parallelism: 1, order: stateful || input.edge ? 'stop-first' : 'start-first', failure_action: 'rollback' },
      ...(limits ? { resources: { limits } } : {}),
      ...(input.labels && Object.keys(input.labels).length > 0 ? { labels: input.labels } : {}),
    },
  };
}

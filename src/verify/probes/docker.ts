/**
 * `docker`: the Engine API's container list against the inventory — one check for the list itself,
 * one per inventory container (state vs the spec's status, image:tag vs versions.lock, health), and
 * one that names running containers the spec does not list.
 */
import type { Container, Lock } from '../../model/schema.js';
import type { CheckPlan, CheckResult, Outcome } from '../types.js';
import { type DockerEndpoint, type EngineContainer, listContainers } from './docker-api.js';

const LIST_ID = 'docker engine';

/** `postgres:15` from `docker.io/library/postgres:15`; a missing tag is `latest`. */
export function normalizeImage(ref: string): string {
  const noDigest = ref.split('@')[0] ?? ref;
  const stripped = noDigest.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  const lastSlash = stripped.lastIndexOf('/');
  return stripped.indexOf(':', lastSlash + 1) >= 0 ? stripped : `${stripped}:latest`;
}

/** The image:tag the spec expects: versions.lock first, then the inventory; none for a custom build. */
export function expectedImage(container: Container, lock: Lock | undefined): string | undefined {
  const pin = lock?.images.find((i) => i.service === container.name);
  if (pin) return normalizeImage(`${pin.image}:${pin.tag}`);
  if (container.image.custom || !container.image.name) return undefined;
  return normalizeImage(`${container.image.name}:${container.image.tag ?? 'latest'}`);
}

function matches(engine: EngineContainer, name: string): boolean {
  return engine.Names.some((n) => n.replace(/^\//, '') === name) || engine.Labels?.['com.docker.compose.service'] === name;
}

function health(engine: EngineContainer): string | undefined {
  const explicit = engine.Health?.Status;
  if (explicit && explicit !== 'none') return explicit;
  const m = /\((healthy|unhealthy|health: starting)\)/.exec(engine.Status);
  return m?.[1]?.replace('health: ', '');
}

function listOf(deps: ReadonlyMap<string, CheckResult>): EngineContainer[] {
  return (deps.get(LIST_ID)?.data as EngineContainer[] | undefined) ?? [];
}

/** The check that fetches the container list (data for the others). */
export function dockerListCheck(endpoint: DockerEndpoint): CheckPlan {
  const target = endpoint.kind === 'none' ? 'engine' : endpoint.label;
  return {
    id: LIST_ID,
    kind: 'docker',
    target,
    title: 'the Docker Engine API lists containers',
    dependsOn: [],
    endpoint: endpoint.kind === 'tcp' ? { host: endpoint.url.hostname, port: Number(endpoint.url.port || 2375) } : undefined,
    async run(ctx): Promise<Outcome> {
      if (endpoint.kind === 'none') return { status: 'skip', detail: endpoint.reason };
      const list = await listContainers(endpoint, ctx.net, ctx.signal);
      if (typeof list === 'string') return { status: 'fail', detail: list };
      const running = list.filter((c) => c.State === 'running').length;
      return { status: 'pass', detail: `${list.length} containers, ${running} running`, data: list };
    },
  };
}

function judge(container: Container, engine: EngineContainer | undefined, lock: Lock | undefined): Outcome {
  const wantRunning = container.status === 'running';
  if (!engine || engine.State !== 'running') {
    const state = engine ? engine.State : 'absent';
    if (!wantRunning) return { status: 'pass', detail: `${state}, as the spec's status \`${container.status}\` says`, expected: 'not running', actual: state };
    return { status: 'fail', detail: `Unexpected state \`${state}\`, expected \`running\``, expected: 'running', actual: state };
  }
  if (!wantRunning) {
    return { status: 'fail', detail: `Unexpected state \`running\`, expected not running (the spec says \`${container.status}\`; update the spec)`, expected: container.status, actual: 'running' };
  }
  const problems: string[] = [];
  const want = expectedImage(container, lock);
  const got = normalizeImage(engine.Image);
  if (want && got !== want) problems.push(`image: expected \`${want}\`, got \`${got}\``);
  const h = health(engine);
  if (h === 'unhealthy') problems.push('health: expected `healthy`, got `unhealthy`');
  if (problems.length > 0) return { status: 'fail', detail: problems.join('; '), expected: `running ${want ?? ''}`.trim(), actual: `running ${got}${h ? ` (${h})` : ''}` };
  const warning = h === 'starting' ? 'health check still starting' : undefined;
  return { status: 'pass', detail: `running ${got}${h ? `, ${h}` : ''}`, expected: `running ${want ?? ''}`.trim(), actual: `running ${got}`, warning };
}

/** One check per inventory container, reading the list check's data. */
export function dockerContainerCheck(container: Container, lock: Lock | undefined, source?: string): CheckPlan {
  return {
    id: `docker ${container.name}`,
    kind: 'docker',
    target: container.name,
    title: container.status === 'running' ? 'container running with the pinned image and healthy' : `container not running (spec: ${container.status})`,
    dependsOn: [LIST_ID],
    source,
    run: async (ctx) => judge(container, listOf(ctx.deps).find((c) => matches(c, container.name)), lock),
  };
}

/** Running containers that the inventory does not list: a warning, not a failure. */
export function dockerUnlistedCheck(names: string[]): CheckPlan {
  return {
    id: 'docker unlisted',
    kind: 'docker',
    target: 'unlisted containers',
    title: 'every running container is in the inventory',
    dependsOn: [LIST_ID],
    async run(ctx): Promise<Outcome> {
      const extra = listOf(ctx.deps)
        .filter((c) => c.State === 'running' && !names.some((n) => matches(c, n)))
        .map((c) => (c.Names[0] ?? '?').replace(/^\//, ''));
      if (extra.length === 0) return { status: 'pass', detail: 'none' };
      return { status: 'pass', detail: `${extra.length} not in the inventory`, warning: `running but not in the inventory: ${extra.join(', ')}` };
    },
  };
}

/**
 * `stack/docker-stack.yml` and `regions/<domain>/docker-stack.yml`: the production tier as a Docker
 * Swarm stack for `docker stack deploy` (Dokploy's "Stack" mode), written when `targets:` in
 * bolt.config.yaml lists `stack` (or `bolt build --target stack`). Planned services are left out and
 * named in the file's comment; locally built images cannot be deployed to a Swarm
 * (`deploy/unbuilt-image-in-stack`) and are left out the same way. `stack/README.md` lists what an
 * operator creates before the first deploy (node labels, one `docker secret create` per key).
 */
import { lookupImage } from '../../src/images/index.js';
import { isLocalBuild } from '../../src/model/query.js';
import type { Container, SecretKey, SpecModel, Tier } from '../../src/model/schema.js';
import { composeDocument } from '../compose.js';
import { mainTier } from '../../src/model/query.js';
import { generatedNote } from '../lib/header.js';
import { baseDomain, rebaseModel } from '../lib/rebase.js';
import { pinnedImage, secretKeysOf } from '../lib/services.js';
import { modelFacts } from '../lib/compose-service.js';
import type { ContainerWiring } from '../../src/images/wiring.js';
import { toYaml, yamlComment } from '../lib/yaml.js';
import { regionalDomains } from '../regions.js';
import type { Generator, GeneratorInput, OutputFile } from '../types.js';
import { traefikLabels } from './edge.js';
import { NODE_LABELS, type StackService, stackService } from './service.js';

/** The stack's own overlay network. */
export const STACK_NETWORK = 'smarteros';

/** Which deploy targets a build writes (`compose` always). */
export function targetsOf(config: GeneratorInput['config']): string[] {
  return config.targets ?? ['compose'];
}

/**
 * A locally built image (`isLocalBuild`), or one the compose generator builds (`build:`).
 * A Swarm pulls every image on every node, so such an image must be pushed to a registry first.
 */
function unbuilt(c: Container, model: SpecModel, compose: { build?: unknown }): boolean {
  return compose.build !== undefined || isLocalBuild(c, model);
}

/** The spec keys a container reads: the ones the compose generator gives it through the env file. */
function keysOf(c: Container, model: SpecModel, wirings: Map<string, ContainerWiring>): SecretKey[] {
  const keys = new Set(secretKeysOf(c, wirings));
  return (model.secrets?.keys ?? []).filter((k) => keys.has(k.key));
}

/** The stack document of a model's main tier, and what was left out of it. */
export function stackDocument(model: SpecModel, input: Pick<GeneratorInput, 'lock' | 'config' | 'memo'>, caddyfilePath: string): { doc: object; notes: string[]; secrets: string[] } | undefined {
  const tier: Tier | undefined = mainTier(model);
  if (!tier) return undefined;
  const proxy = input.config.proxy ?? 'caddy';
  const dokploy = input.config.dokploy === true || proxy === 'traefik';
  const facts = modelFacts(model, input.lock, input.memo);
  const compose = composeDocument(model, input.lock, tier, facts);
  const networks = [STACK_NETWORK, ...(dokploy ? ['dokploy-network'] : [])];
  const wirings = facts.wiring;
  const services: Record<string, StackService> = {};
  const leftOut: string[] = [];
  const local: string[] = [];
  const secrets = new Set<string>();
  let caddyConfig = false;
  for (const c of tier.containers) {
    const svc = compose.services[c.name];
    if (!svc || c.status === 'deprecated') continue;
    if (c.status !== 'running') {
      leftOut.push(c.name);
      continue;
    }
    if (unbuilt(c, model, svc) || pinnedImage(c, input.lock) === undefined) {
      local.push(c.name);
      continue;
    }
    const facts = lookupImage(svc.image);
    const isCaddy = facts?.id === 'caddy';
    if (isCaddy && proxy === 'traefik') {
      leftOut.push(`${c.name} (Dokploy's Traefik is the edge)`);
      continue;
    }
    const routes = (model.routing?.routes ?? []).filter((r) => !r.planned && !r.external && r.target === c.name);
    const certResolver = input.config.traefik?.certResolver ?? 'letsencrypt';
    const configTarget = facts?.configFiles[0] ?? '/etc/caddy/Caddyfile';
    const service = stackService({
      container: c,
      compose: svc,
      facts,
      keys: keysOf(c, model, wirings),
      networks,
      edge: isCaddy,
      caddyConfig: isCaddy ? { source: 'caddyfile', target: configTarget } : undefined,
      labels: proxy === 'traefik' ? traefikLabels(model, c.name, routes, certResolver) : undefined,
    });
    for (const s of service.secrets ?? []) secrets.add(s);
    if (isCaddy) caddyConfig = true;
    services[c.name] = service;
  }
  const volumes = [...new Set(Object.values(services).flatMap((s) => (s.volumes ?? []).map((v) => v.split(':')[0]!)))].sort();
  const doc = {
    services,
    networks: {
      [STACK_NETWORK]: { driver: 'overlay', attachable: true },
      ...(dokploy ? { 'dokploy-network': { external: true } } : {}),
    },
    ...(volumes.length > 0 ? { volumes: Object.fromEntries(volumes.map((v) => [v, {}])) } : {}),
    ...(secrets.size > 0 ? { secrets: Object.fromEntries([...secrets].sort().map((s) => [s, { external: true }])) } : {}),
    ...(caddyConfig ? { configs: { caddyfile: { file: caddyfilePath } } } : {}),
  };
  const notes = [
    `Tier: ${tier.id}, as a Docker Swarm stack (docker stack deploy -c docker-stack.yml <name>); proxy: ${proxy}`,
    ...(leftOut.length > 0 ? [`Left out: ${leftOut.join(', ')}`] : []),
    ...(local.length > 0 ? [`Left out, built locally (push them to a registry and pin them in versions.lock): ${local.join(', ')}`] : []),
    `Stateful services run on nodes labelled ${NODE_LABELS.data}=true${caddyConfig ? `, Caddy on ${NODE_LABELS.edge}=true` : ''}; see README.md`,
  ];
  return { doc, notes, secrets: [...secrets].sort() };
}

/** The YAML of a stack document. */
function renderStack(model: SpecModel, doc: object, notes: string[]): string {
  const comment = [generatedNote(model), ...notes].map((l) => ` ${l}`).join('\n');
  return yamlComment(comment) + toYaml(doc, '');
}

/** What an operator does before the first deploy, from the model. */
function readme(model: SpecModel, secrets: string[], input: Pick<GeneratorInput, 'config'>, hasCaddy: boolean): string {
  const proxy = input.config.proxy ?? 'caddy';
  const lines = [
    `# ${model.header?.name ?? 'Platform'} as a Docker Swarm stack`,
    '',
    `Generated by Bolt Lab from the spec — do not edit. See docs/deploy.md in Bolt Lab for the two Dokploy modes.`,
    '',
    '## 1. Label the nodes',
    '',
    '```sh',
    `docker node update --label-add ${NODE_LABELS.data}=true <node for databases, caches and Vault>`,
    ...(hasCaddy && proxy === 'caddy' ? [`docker node update --label-add ${NODE_LABELS.edge}=true <node that owns ports 80/443>`] : []),
    '```',
    '',
    '## 2. Create the secrets',
    '',
    secrets.length > 0 ? 'One Swarm secret per key the services read (values never leave your shell):' : 'The services read no secret.',
    '',
    ...(secrets.length > 0 ? ['```sh', ...secrets.map((s) => `printf '%s' "$${s.toUpperCase()}" | docker secret create ${s} -`), '```', ''] : []),
    'Keys an image cannot read from a file are also passed as `${KEY}`: export them in the shell (or in',
    "Dokploy's environment tab) that runs `docker stack deploy`.",
    '',
    '## 3. Deploy',
    '',
    '```sh',
    `docker stack deploy -c docker-stack.yml ${(model.header?.name ?? 'platform').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    '```',
    '',
  ];
  return lines.join('\n');
}

/** The stack files of the main tier and of every regional domain. */
export function stackFiles(input: GeneratorInput): OutputFile[] {
  if (!targetsOf(input.config).includes('stack')) return [];
  const { model } = input;
  const main = stackDocument(model, input, '../Caddyfile');
  if (!main) return [];
  const hasCaddy = 'configs' in main.doc;
  const files: OutputFile[] = [
    { path: 'stack/docker-stack.yml', contents: renderStack(model, main.doc, main.notes) },
    { path: 'stack/README.md', contents: readme(model, main.secrets, input, hasCaddy) },
  ];
  const base = baseDomain(model);
  if (base) {
    for (const domain of regionalDomains(model)) {
      if (domain === base) continue;
      const regional = rebaseModel(model, base, domain);
      const stack = stackDocument(regional, input, './Caddyfile');
      if (stack) files.push({ path: `regions/${domain}/docker-stack.yml`, contents: renderStack(regional, stack.doc, [`Region: ${domain} (${base} replaced by ${domain})`, ...stack.notes]) });
    }
  }
  return files;
}

export const stack: Generator = {
  id: 'stack',
  description: 'stack/docker-stack.yml and regions/<domain>/docker-stack.yml: the production tier as a Docker Swarm stack (with `targets: [compose, stack]`)',
  generate: stackFiles,
};

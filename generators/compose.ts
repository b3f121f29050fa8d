/**
 * `docker-compose.yml` (production tier) and `smarterbolt-lab.yml` (lab tier): one Compose
 * service per inventory container, serialized from an object (never a string template).
 * Running services start by default; planned and pending ones sit under the `planned` profile,
 * stopped ones under `stopped`; deprecated ones are left out.
 */
import type { RunMemo } from '../src/memo.js';
import { deployTiers, mainTier } from '../src/model/query.js';
import type { Lock, SpecModel, Tier } from '../src/model/schema.js';
import { generatedNote } from './lib/header.js';
import { composeService, type ComposeService, envFileName, type ModelFacts, modelFacts } from './lib/compose-service.js';
import { positionsBy } from '../src/model/positions.js';
import { assertContainerName } from './lib/services.js';
import { toYaml, yamlComment } from './lib/yaml.js';
import type { Generator, OutputFile } from './types.js';


/** Output file of a tier: `docker-compose.yml` for the main tier, `<container>.yml` or `docker-compose.<tier>.yml` otherwise. */
export function composeFileName(tier: Tier, main: Tier | undefined = tier.id === 'production' ? tier : undefined): string {
  if (tier.id === main?.id || tier.id === 'production') return 'docker-compose.yml';
  // The seed names its lab compose file after the one container it holds (`smarterbolt-lab.yml`).
  if (tier.containers.length === 1) return `${tier.containers[0]!.name}.yml`;
  return `docker-compose.${tier.id}.yml`;
}

/** A tier's Compose document, the notes on each service, and the services left out (with why). */
export interface ComposeDoc {
  doc: { services: Record<string, ComposeService>; volumes?: Record<string, object> };
  notes: Record<string, string[]>;
  leftOut: string[];
}

/**
 * The Compose document of one tier, as an object (keys in Compose's usual order, volumes sorted).
 * `facts` are the model's wiring and health URLs: a caller rendering several tiers computes them once.
 */
export function composeTier(model: SpecModel, lock: Lock | undefined, tier: Tier, facts: ModelFacts = modelFacts(model, lock)): ComposeDoc {
  const services: Record<string, ComposeService> = {};
  const notes: Record<string, string[]> = {};
  const leftOut: string[] = [];
  const volumes = new Set<string>();
  const live = tier.containers.filter((c) => c.status !== 'deprecated');
  const ctx = { model, lock, tier: { ...tier, containers: live }, composeFile: composeFileName(tier, mainTier(model)), facts, positions: positionsBy(live, (c) => [c.name]) };
  for (const container of live) {
    assertContainerName(container);
    const result = composeService(container, ctx);
    if ('leftOut' in result) {
      leftOut.push(result.leftOut);
      continue;
    }
    services[container.name] = result.service;
    notes[container.name] = result.notes;
    for (const v of result.namedVolumes) volumes.add(v);
  }
  // A service left out is no dependency of another.
  for (const svc of Object.values(services)) {
    if (!svc.depends_on) continue;
    for (const dep of Object.keys(svc.depends_on)) if (!(dep in services)) delete svc.depends_on[dep];
    if (Object.keys(svc.depends_on).length === 0) delete svc.depends_on;
  }
  const sorted = [...volumes].sort();
  return { doc: { services, ...(sorted.length > 0 ? { volumes: Object.fromEntries(sorted.map((v) => [v, {}])) } : {}) }, notes, leftOut };
}

/** The Compose document of one tier, as an object. */
export function composeDocument(model: SpecModel, lock: Lock | undefined, tier: Tier, facts?: ModelFacts): ComposeDoc['doc'] {
  return composeTier(model, lock, tier, facts).doc;
}

/** Renders one tier's compose file. */
export function renderCompose(model: SpecModel, lock: Lock | undefined, tier: Tier, notes: string[] = [], facts?: ModelFacts): string {
  return renderComposeDoc(model, tier, composeTier(model, lock, tier, facts), notes);
}

/** Renders a tier's composed document with its header comment. */
function renderComposeDoc(model: SpecModel, tier: Tier, composed: ComposeDoc, notes: string[]): string {
  const { doc, notes: serviceNotes, leftOut } = composed;
  const secrets = Object.values(doc.services).some((s) => s.environment && Object.values(s.environment).some((v) => v.startsWith('${')));
  const comment = [
    generatedNote(model),
    `Tier: ${tier.id}`,
    ...notes,
    ...(secrets ? [`Secrets are \${KEY} references: docker compose --env-file ${envFileName(model)} -f ${composeFileName(tier, mainTier(model))} up -d`] : []),
    ...(leftOut.length > 0 ? [`Left out: ${leftOut.join('; ')}`] : []),
    'Each service\'s comment says what came from the spec and what from the image catalogue (src/images/ in Bolt Lab).',
  ]
    .map((l) => ` ${l}`)
    .join('\n');
  return yamlComment(comment) + toYaml(doc, '', serviceNotes);
}

/** Compose files for every tier that has containers. */
export function composeFiles(model: SpecModel, lock: Lock | undefined, tierIds?: string[], memo?: RunMemo): OutputFile[] {
  const tiers = deployTiers(model).filter((t) => !tierIds || tierIds.includes(t.id));
  const main = mainTier(model);
  const facts = modelFacts(model, lock, memo);
  return tiers
    .map((tier) => ({ tier, composed: composeTier(model, lock, tier, facts) }))
    .filter(({ composed }) => Object.keys(composed.doc.services).length > 0)
    .map(({ tier, composed }) => ({ path: composeFileName(tier, main), contents: renderComposeDoc(model, tier, composed, tierNotes(tier, main)) }));
}

/** Why a tier's file is what it is, when that is not obvious from the tier's name. */
function tierNotes(tier: Tier, main: Tier | undefined): string[] {
  if (tier.id === 'production' || tier.id === 'lab') return [];
  if (tier.id === main?.id) return [`No production tier in the inventory: tier \`${tier.id}\` (${tier.title}) is written as docker-compose.yml.`];
  return [`Tier \`${tier.id}\` (${tier.title}) is neither production nor lab: deploy it with \`docker compose -f ${composeFileName(tier, main)} up -d\`.`];
}

export const compose: Generator = {
  id: 'compose',
  description: 'docker-compose.yml (production tier) and one compose file per other tier (smarterbolt-lab.yml)',
  generate: ({ model, lock, memo }) => composeFiles(model, lock, undefined, memo),
};

/** Queries over the model that every stage asks (rules, generators, verify, the docs site). */
import type { Container, SpecModel, Tier } from './schema.js';

/** Every container of every tier, in spec order. */
export function allContainers(model: SpecModel): Container[] {
  return model.inventory?.tiers.flatMap((t) => t.containers) ?? [];
}

/**
 * The tiers as deployments: the inventory's H3 tables merged by tier id, in order of first
 * appearance, empty ones left out. Several tables may describe one tier (`### Production` and
 * `### Production (workers)`, or one table per spec file): they deploy together, as one compose
 * file. A merged tier keeps the first table's title and position.
 */
export function deployTiers(model: SpecModel): Tier[] {
  const byId = new Map<string, Tier>();
  for (const t of model.inventory?.tiers ?? []) {
    if (t.containers.length === 0) continue;
    const seen = byId.get(t.id);
    byId.set(t.id, seen ? { ...seen, containers: [...seen.containers, ...t.containers] } : t);
  }
  return [...byId.values()];
}

/**
 * The tier written as `docker-compose.yml`: the production tier, or, when the inventory has none,
 * the first tier that is not the lab, so production is never without its compose file.
 */
export function mainTier(model: SpecModel): Tier | undefined {
  const tiers = deployTiers(model);
  return tiers.find((t) => t.id === 'production') ?? tiers.find((t) => t.id !== 'lab');
}

/**
 * A locally built image: free text (`Custom (Go 1.22)`), or an image named after the API's own host
 * (`api.example.com:latest`, built from the repository's Dockerfile).
 */
export function isLocalBuild(c: Container, model: SpecModel): boolean {
  if (c.image.custom !== undefined) return true;
  const host = model.api?.host?.toLowerCase();
  return host !== undefined && c.image.name?.toLowerCase() === host;
}

/** Containers by name (the first one wins when a name is duplicated). */
export function containersByName(model: SpecModel): Map<string, Container> {
  const map = new Map<string, Container>();
  for (const c of allContainers(model)) if (!map.has(c.name)) map.set(c.name, c);
  return map;
}

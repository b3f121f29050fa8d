/** Queries over the model that every stage asks (rules, generators, verify, the docs site). */
import type { Container, SpecModel } from './schema.js';

/** Every container of every tier, in spec order. */
export function allContainers(model: SpecModel): Container[] {
  return model.inventory?.tiers.flatMap((t) => t.containers) ?? [];
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

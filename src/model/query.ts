/** Queries over the model that every stage asks (rules, generators, verify, the docs site). */
import type { Container, SpecModel } from './schema.js';

/** Every container of every tier, in spec order. */
export function allContainers(model: SpecModel): Container[] {
  return model.inventory?.tiers.flatMap((t) => t.containers) ?? [];
}

/** Containers by name (the first one wins when a name is duplicated). */
export function containersByName(model: SpecModel): Map<string, Container> {
  const map = new Map<string, Container>();
  for (const c of allContainers(model)) if (!map.has(c.name)) map.set(c.name, c);
  return map;
}

/** Placeholder for the `registry` generator (being written). */
import type { Generator } from './types.js';

export const registry: Generator = {
  id: 'registry',
  description: 'registry (not implemented yet)',
  generate: () => [],
};

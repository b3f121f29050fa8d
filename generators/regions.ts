/** Placeholder for the `regions` generator (being written). */
import type { Generator } from './types.js';

export const regions: Generator = {
  id: 'regions',
  description: 'regions (not implemented yet)',
  generate: () => [],
};

/** Placeholder for the `compose` generator (being written). */
import type { Generator } from './types.js';

export const compose: Generator = {
  id: 'compose',
  description: 'compose (not implemented yet)',
  generate: () => [],
};

/** Placeholder for the `env-example` generator (being written). */
import type { Generator } from './types.js';

export const envExample: Generator = {
  id: 'env-example',
  description: 'env-example (not implemented yet)',
  generate: () => [],
};

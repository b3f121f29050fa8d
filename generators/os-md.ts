/** Placeholder for the `os-md` generator (being written). */
import type { Generator } from './types.js';

export const osMd: Generator = {
  id: 'os-md',
  description: 'os-md (not implemented yet)',
  generate: () => [],
};

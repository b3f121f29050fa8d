/** Placeholder for the `caddyfile` generator (being written). */
import type { Generator } from './types.js';

export const caddyfile: Generator = {
  id: 'caddyfile',
  description: 'caddyfile (not implemented yet)',
  generate: () => [],
};

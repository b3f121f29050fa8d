/**
 * `os.md`: the whole spec regenerated from the model in its canonical form (see
 * `src/snapshot/render.ts` and docs/snapshots.md). Building every output from this file gives the
 * same outputs as building from the specs it came from.
 */
import { renderSpec } from './render.js';
import type { Generator } from '../types.js';

export const osMd: Generator = {
  id: 'os-md',
  description: 'os.md: the normalized spec, regenerated from the model (lossless round trip)',
  generate: ({ model }) => [{ path: 'os.md', contents: renderSpec(model) }],
};
